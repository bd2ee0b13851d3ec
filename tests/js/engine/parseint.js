// parseInt and parseFloat on prefixes, signs, radixes and junk (vs node)
var cases = [['0x09', 16], ['09', 16], ['ff', 16], ['0xff'], ['  0x1A  ', 16], ['0x', 16], ['0x'], ['z', 36], ['-0xF', 16], ['+0x10'], ['0X7f', 16],
  ['0x10', 10], ['0x10', 8], ['12abc'], ['  42  '], ['-0'], ['1e3'], ['0b101', 2], ['101', 2], ['777', 8], ['9', 8], ['', 10], ['1', 1], ['1', 37], ['10', 0], ['10', -0]];
cases.forEach(function (c) { console.log(JSON.stringify(c), parseInt.apply(null, c)); });
console.log(parseFloat('3.14abc'), parseFloat('  -0.5e2x'), parseFloat('Infinityx'), parseFloat('.5'), parseFloat('x1'));
