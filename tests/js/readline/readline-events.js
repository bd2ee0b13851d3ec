// readline's 'line' events while a chunk is being split: a listener that
// closes, pauses, asks a question, writes more input (re-entrant), or
// removes itself mid-chunk, or a second listener; an emit of the instance's
// own, no listener, listeners that return objects or a rejected promise
// (captureRejections); lines with NUL, astral and multi-byte
// characters; chunks that are strings; a \r at a chunk's end followed by
// \n (crlfDelay) and by other text.
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var EventEmitter = require('events');

function show(l) { return JSON.stringify(l); }

function run(name, chunks, setup, capture, next) {
  var input = new PassThrough();
  EventEmitter.captureRejections = capture;
  var rl = readline.createInterface({ input: input, crlfDelay: Infinity });
  EventEmitter.captureRejections = false;
  var log = [];
  setup(rl, log, input);
  rl.on('close', function () {
    console.log(name + ': ' + log.join(' | '));
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

var cases = [
  ['close mid-chunk', ['a\nb\nc\nd'], function (rl, log) {
    rl.on('line', function (l) { log.push(show(l)); if (l === 'b') rl.close(); });
  }],
  ['pause mid-chunk', ['a\nb\nc\n', 'd\n'], function (rl, log) {
    rl.on('line', function (l) {
      log.push(show(l) + (rl.paused ? ' paused' : ''));
      if (l === 'a') { rl.pause(); setTimeout(function () { log.push('resume'); rl.resume(); }, 5); }
    });
    rl.on('pause', function () { log.push('pause event'); });
  }],
  ['question mid-chunk', ['a\nb\nc\n'], function (rl, log) {
    rl.on('line', function (l) {
      log.push('line ' + show(l));
      if (l === 'a') rl.question('q? ', function (ans) { log.push('answer ' + show(ans)); });
    });
  }],
  ['write from a listener', ['a\nb\n'], function (rl, log) {
    var once = true;
    rl.on('line', function (l) {
      log.push(show(l));
      if (once) { once = false; rl.write('w1\nw2'); }
    });
  }],
  ['listener removed mid-chunk', ['a\nb\nc\n'], function (rl, log) {
    function first(l) { log.push('first ' + show(l)); rl.removeListener('line', first); }
    rl.on('line', first);
    rl.on('line', function (l) { log.push('second ' + show(l)); });
  }],
  ['two listeners', ['a\nb\n'], function (rl, log) {
    rl.on('line', function (l) { log.push('1 ' + show(l)); });
    rl.on('line', function (l) { log.push('2 ' + show(l)); });
  }],
  ['nul astral multibyte', [Buffer.from('a\u0000b\n\ud83d\ude00x\r\n\u00e9\u20ac\rz\n')], function (rl, log) {
    rl.on('line', function (l) { log.push(show(l) + ' ' + l.length); });
  }],
  ['string chunks', ['ab', 'c\rd\r', '\ne\r', 'f\n'], function (rl, log) {
    rl.on('line', function (l) { log.push(show(l)); });
  }],
  ['cr at ends', ['a\r', '\r', '\n', 'b\r\r\n\n'], function (rl, log) {
    rl.on('line', function (l) { log.push(show(l)); });
  }],
  ['only endings', ['\n', '\r\n', '\r', 'x'], function (rl, log) {
    rl.on('line', function (l) { log.push(show(l)); });
  }],
  ['emit overridden on the instance', ['a\nb\n'], function (rl, log) {
    var emit = rl.emit;
    rl.emit = function (type, l) {
      if (type === 'line') log.push('own emit ' + show(l));
      return emit.apply(this, arguments);
    };
    rl.on('line', function (l) { log.push(show(l)); });
  }],
  ['no line listener', ['a\nb\n'], function (rl, log) {
    log.push('listeners ' + rl.listenerCount('line'));
  }],
  ['listener returning objects', ['a\nb\n'], function (rl, log) {
    rl.on('line', function (l) { log.push(show(l)); return l === 'a' ? { then: 1 } : [l]; });
  }],
  ['captured rejection', ['a\nb\n'], function (rl, log) {
    rl.on('error', function (e) { log.push('error ' + e.message); });
    rl.on('line', function (l) { log.push(show(l)); if (l === 'a') return Promise.reject(new Error('rejected ' + l)); });
  }, true]
];
(function next(i) {
  if (i < cases.length) run(cases[i][0], cases[i][1], cases[i][2], !!cases[i][3], function () { next(i + 1); });
})(0);
