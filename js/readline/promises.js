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
    var cb = resolve;
    if (signal) {
      var A = require('internal/abort_controller');
      A.validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return reject(A.abortErrorFor(signal));
      var onAbort = function () {
        self._questionCancel();
        reject(A.abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = function (answer) {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    if (self.closed) {
      var c = require('internal/errors').makeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
      reject(c);
      return;
    }
    Base.prototype.question.call(self, query, undefined, cb);
  });
};

module.exports = {
  Interface: Interface,
  createInterface: function (input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
  }
};
