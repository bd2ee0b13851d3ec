// readline's line splitting: \n, \r\n and a lone \r, empty lines, a \r\n
// split across two chunks (crlfDelay), a character split across two
// Buffer chunks, no final newline, and long lines; chunks written one per
// tick so each goes through the splitter on its own.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;

function run(name, chunks, opts, next) {
  var input = new PassThrough();
  var o = { input: input };
  for (var k in opts) o[k] = opts[k];
  var rl = readline.createInterface(o);
  var lines = [];
  rl.on('line', function (l) { lines.push(l.length > 40 ? l.length + ':' + l.slice(0, 10) : JSON.stringify(l)); });
  rl.on('close', function () {
    console.log(name + ': ' + lines.join(' | '));
    next();
  });
  var i = 0;
  (function feed() {
    if (i < chunks.length) {
      input.write(chunks[i++]);
      setImmediate(feed);
    } else {
      input.end();
    }
  })();
}

var euro = Buffer.from('pre€post\n');
var cases = [
  ['lf', ['a\nb\n', 'c\n'], {}],
  ['crlf', ['a\r\nb\r\n', 'c\r\n'], {}],
  ['lone cr', ['a\rb\rc'], {}],
  ['mixed', ['one\ntwo\r\nthree\rfour\n\nsix'], {}],
  ['crlf split', ['a\r', '\nb\r', '\nc'], { crlfDelay: Infinity }],
  ['cr then lf later', ['a\r', 'b\n'], {}],
  ['partial lines', ['ab', 'cd\nef', 'gh', '\n'], {}],
  ['no newline', ['only'], {}],
  ['empty lines', ['\n\n\n'], {}],
  ['split char', [euro.slice(0, 5), euro.slice(5)], {}],
  ['long', ['x'.repeat(70000) + '\ny', 'z\n' + 'q'.repeat(100)], {}],
  ['cr in second chunk', ['abc\ndef', 'ghi\rjkl\n'], {}],
  ['pending then crlf', ['ab', 'cd', 'ef\r\ngh', '\r\n'], {}],
  ['pending then empty line', ['ab', '\n\nc\n'], {}],
  ['pending then lone cr', ['x'.repeat(50), 'y\rz\n'], {}]
];
(function next(i) {
  if (i < cases.length) run(cases[i][0], cases[i][1], cases[i][2], function () { next(i + 1); });
})(0);
