// readline/promises — Interface whose question() returns a Promise, and
// createInterface; Readline's cursor commands are not provided.
'use strict';

var readline = require('readline');
var Base = readline.Interface;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  Base.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, Base.prototype);
Object.setPrototypeOf(Interface, Base);

Interface.prototype.question = function (query, options) {
  var self = this;
  return new Promise(function (resolve, reject) {
    var signal = options && options.signal;
    if (signal && signal.aborted) {
      var e = new Error('The operation was aborted');
      e.name = 'AbortError';
      e.code = 'ABORT_ERR';
      reject(e);
      return;
    }
    if (self.closed) {
      var c = require('internal/errors').makeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
      reject(c);
      return;
    }
    Base.prototype.question.call(self, query, options, resolve);
  });
};

module.exports = {
  Interface: Interface,
  createInterface: function (input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }
};
