// a script that never touches stdin ends while its stdin pipe stays open
console.log('hi');
