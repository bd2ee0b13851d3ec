// readline's question with a signal: the callback form cancels the
// question on abort (its callback is never called); readline/promises
// rejects with an AbortError (cause: the reason); an aborted signal asks
// nothing; a bad signal throws or rejects.
var readline = require('readline');
var rlp = require('readline/promises');
var PassThrough = require('stream').PassThrough;
function desc(e) {
  return [e.name, e.code, e.message, 'cause' in e ? String(e.cause && e.cause.name || e.cause) : 'no cause'].join(' ');
}
function make(mod) {
  var input = new PassThrough(), output = new PassThrough(), written = [];
  output.on('data', function (d) { written.push(String(d)); });
  var rl = mod.createInterface({ input: input, output: output, terminal: false });
  return { rl: rl, input: input, written: written };
}
function steps(list) {
  var i = 0;
  (function next() {
    if (i < list.length) Promise.resolve(list[i++]()).then(next, function (e) { console.log('step failed', e); });
  })();
}
steps([
  function () {
    var t = make(readline);
    var ac = new AbortController();
    t.rl.question('first? ', { signal: ac.signal }, function (a) { console.log('never answered', a); });
    ac.abort();
    t.rl.on('line', function (l) { console.log('line after cancel', l); });
    t.input.write('typed\n');
    return new Promise(function (resolve) { setImmediate(resolve); }).then(function () {
      console.log('prompted', JSON.stringify(t.written.join('')));
      t.rl.close();
    });
  },
  function () {
    var t = make(readline);
    t.rl.question('pre? ', { signal: AbortSignal.abort() }, function () { console.log('never'); });
    t.input.write('x\n');
    return new Promise(function (resolve) { setImmediate(resolve); }).then(function () {
      console.log('pre prompted', JSON.stringify(t.written.join('')));
      t.rl.close();
    });
  },
  function () {
    var t = make(readline);
    var ac = new AbortController();
    return new Promise(function (resolve) {
      t.rl.question('name? ', { signal: ac.signal }, function (a) {
        console.log('answered', a);
        ac.abort(); // after the answer: nothing
        t.rl.close();
        resolve();
      });
      t.input.write('muk\n');
    });
  },
  function () {
    var t = make(rlp);
    var ac = new AbortController();
    var p = t.rl.question('promise? ', { signal: ac.signal }).then(function (a) { console.log('resolved?', a); }, function (e) {
      console.log('promise question', desc(e));
    });
    ac.abort('changed');
    return p.then(function () { t.rl.close(); });
  },
  function () {
    var t = make(rlp);
    return t.rl.question('pre? ', { signal: AbortSignal.abort() }).then(null, function (e) {
      console.log('promise pre-aborted', desc(e), JSON.stringify(t.written.join('')));
      t.rl.close();
    });
  },
  function () {
    var t = make(rlp);
    var p = t.rl.question('ok? ', { signal: new AbortController().signal }).then(function (a) { console.log('promise answered', a); });
    t.input.write('yes\n');
    return p.then(function () { t.rl.close(); });
  },
  function () {
    var t = make(readline);
    try {
      t.rl.question('bad? ', { signal: 1 }, function () {});
    } catch (e) {
      console.log('bad signal', e.code, e.message);
    }
    t.rl.close();
    var t2 = make(rlp);
    return t2.rl.question('bad? ', { signal: {} }).then(null, function (e) {
      console.log('promise bad signal', e.code, e.message);
      t2.rl.close();
    });
  }
]);
