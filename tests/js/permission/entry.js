// The main script itself needs --allow-fs-read, as in Node 20: without it
// muk refuses to load it (ERR_ACCESS_DENIED, exit status 1) and this line
// never prints. Recorded from node 20 with entry.flags.
console.log('the entry script ran');
