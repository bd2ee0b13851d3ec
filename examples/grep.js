#!/usr/bin/env muk
// grep.js — a small grep written for muk: prints the lines of stdin (or of
// the files named) that match a regular expression, with -n line numbers,
// -i to ignore case, -v to invert, -c to count only. Reads line by line
// with readline, so a file of any size runs in constant memory. Ctrl-C
// (SIGINT) stops it gracefully with a summary on stderr and status 130.
//
//   muk examples/grep.js [-n] [-i] [-v] [-c] PATTERN [FILE...]
//   cat log | muk examples/grep.js -n error
//
// (Spawning a child, e.g. a pager, will come once child_process exists.)
'use strict';
var fs = require('fs');
var readline = require('readline');

var opts = { n: false, i: false, v: false, c: false };
var args = process.argv.slice(2);
while (args.length && /^-[nivc]+$/.test(args[0])) {
  args.shift().slice(1).split('').forEach(function (f) { opts[f] = true; });
}
if (args.length === 0) {
  process.stderr.write('usage: grep.js [-n] [-i] [-v] [-c] PATTERN [FILE...]\n');
  process.exit(2);
}
var re;
try {
  re = new RegExp(args.shift(), opts.i ? 'i' : '');
} catch (e) {
  process.stderr.write('grep.js: bad pattern: ' + e.message + '\n');
  process.exit(2);
}
var files = args.length ? args : ['-'];
var seen = 0, matched = 0, failed = false;

process.on('SIGINT', function () {
  process.stderr.write('\ninterrupted: ' + matched + ' of ' + seen + ' lines matched\n');
  process.exit(130);
});

function next(i) {
  if (i === files.length) {
    if (opts.c) console.log(matched);
    process.exitCode = failed ? 2 : matched ? 0 : 1;
    return;
  }
  var name = files[i];
  var input = name === '-' ? process.stdin : fs.createReadStream(name);
  var rl = readline.createInterface({ input: input, terminal: false });
  rl.on('error', function (e) { // the input's, forwarded by readline
    process.stderr.write('grep.js: ' + name + ': ' + (e.code === 'ENOENT' ? 'No such file or directory' : e.message) + '\n');
    failed = true;
    rl.close();
  });
  var lineNo = 0;
  var prefix = files.length > 1 ? name + ':' : '';
  rl.on('line', function (line) {
    lineNo++;
    seen++;
    if (re.test(line) === opts.v) return;
    matched++;
    if (!opts.c) console.log(prefix + (opts.n ? lineNo + ':' : '') + line);
  });
  rl.on('close', function () { next(i + 1); });
}
next(0);
