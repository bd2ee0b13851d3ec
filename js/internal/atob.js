// internal/atob — atob and btoa (globals, and buffer.atob/btoa), as Node 20:
// forgiving base64 (ASCII whitespace ignored, '=' only at the end), Latin-1
// strings, and an InvalidCharacterError DOMException for bad input.
'use strict';

var errors = require('internal/errors');

function invalid(message) {
  var DOMException = require('internal/dom_exception');
  return new DOMException(message || 'Invalid character', 'InvalidCharacterError');
}

function Buf() { return require('buffer').Buffer; }

function btoa(input) {
  if (arguments.length === 0) throw errors.missingArgs(['input']);
  input = String(input);
  for (var n = 0; n < input.length; n++)
    if (input.charCodeAt(n) > 0xff) throw invalid();
  return Buf().from(input, 'latin1').toString('base64');
}

// The base64 alphabet, '=' and the five ASCII whitespace characters.
function kind(c) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47) return 1;
  if (c === 61) return 2;
  if (c === 9 || c === 10 || c === 12 || c === 13 || c === 32) return 0;
  return -1;
}

function atob(input) {
  if (arguments.length === 0) throw errors.missingArgs(['input']);
  input = String(input);
  var count = 0, equals = 0;
  for (var n = 0; n < input.length; n++) {
    var k = kind(input.charCodeAt(n));
    if (k === -1) throw invalid();
    if (k === 0) continue;
    count++;
    if (k === 2) equals++;
    else if (equals) throw invalid(); // '=' only at the end
    if (equals > 2) throw invalid();
  }
  var rest = count % 4;
  if (!rest) rest = (count - equals) % 4;
  else if (equals) throw invalid();
  if (rest === 1) throw invalid('The string to be decoded is not correctly encoded.');
  return Buf().from(input, 'base64').toString('latin1');
}

module.exports = { atob: atob, btoa: btoa };
