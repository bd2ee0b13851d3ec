// Promises/A+ adapter over the global Promise (ES5).
'use strict';

module.exports = {
  resolved: function (value) {
    return Promise.resolve(value);
  },
  rejected: function (reason) {
    return Promise.reject(reason);
  },
  deferred: function () {
    var d = {};
    d.promise = new Promise(function (resolve, reject) {
      d.resolve = resolve;
      d.reject = reject;
    });
    return d;
  }
};
