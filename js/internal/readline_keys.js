// internal/readline_keys — emitKeypressEvents: a stream's 'data' decoded
// into 'keypress' (s, key {sequence, name, ctrl, meta, shift}) events, the
// common keys and xterm/VT escape sequences (arrows, Home/End, Delete,
// PageUp/PageDown, F1-F4, Alt+key). Installed once per stream.
'use strict';

var kInstalled = '@@muk.keypressDecoder';

var CSI_KEYS = { A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', P: 'f1', Q: 'f2', R: 'f3', S: 'f4' };
var TILDE_KEYS = { 1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home', 8: 'end' };

function key(seq, name, ctrl, meta, shift) {
  return { sequence: seq, name: name, ctrl: !!ctrl, meta: !!meta, shift: !!shift };
}

// One key from s at i: [key, length]
function parseOne(s, i) {
  var c = s.charAt(i), code = s.charCodeAt(i);
  if (c === '\x1b') {
    var n = s.charAt(i + 1);
    if (n === '[' || n === 'O') {
      var m = /^(\d+)?(?:;(\d+))?([A-Za-z~])/.exec(s.slice(i + 2));
      if (m) {
        var mod = m[2] ? parseInt(m[2], 10) - 1 : 0;
        var name = m[3] === '~' ? TILDE_KEYS[m[1]] : CSI_KEYS[m[3]];
        var seq = s.slice(i, i + 2 + m[0].length);
        return [key(seq, name, mod & 4, mod & 10, mod & 1), seq.length];
      }
    }
    if (n === '') return [key(c, 'escape'), 1];
    if (n === '\x1b') return [key('\x1b\x1b', 'escape', false, true), 2];
    var inner = parseOne(s, i + 1)[0];
    inner.sequence = c + inner.sequence;
    inner.meta = true;
    return [inner, 1 + inner.sequence.length - 1];
  }
  if (c === '\r') return [key(c, 'return'), 1];
  if (c === '\n') return [key(c, 'enter'), 1];
  if (c === '\t') return [key(c, 'tab'), 1];
  if (c === '\b' || c === '\x7f') return [key(c, 'backspace'), 1];
  if (c === ' ') return [key(c, 'space'), 1];
  if (code > 0 && code <= 26) return [key(c, String.fromCharCode(code + 96), true), 1];
  if (/[a-z0-9]/.test(c)) return [key(c, c), 1];
  if (/[A-Z]/.test(c)) return [key(c, c.toLowerCase(), false, false, true), 1];
  return [key(c, undefined), 1];
}

function emitKeypressEvents(stream) {
  if (stream[kInstalled]) return;
  var decoder = new (require('string_decoder').StringDecoder)('utf8');
  Object.defineProperty(stream, kInstalled, { value: true, enumerable: false });
  stream.on('data', function (b) {
    if (stream.listenerCount('keypress') === 0) return;
    var s = typeof b === 'string' ? b : decoder.write(b);
    var i = 0;
    while (i < s.length) {
      var r = parseOne(s, i);
      var k = r[0];
      var text = k.sequence.length === 1 || (k.name === undefined && !k.meta) ? k.sequence : undefined;
      stream.emit('keypress', text, k);
      i += r[1];
    }
  });
}

module.exports = { emitKeypressEvents: emitKeypressEvents };
