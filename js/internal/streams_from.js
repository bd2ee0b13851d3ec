// internal/streams_from — Readable.from(iterable[, options]) for arrays
// (mujs has no Symbol.iterator; an object's '@@iterator' method stands in for
// it), and strings or Buffers, which become a single chunk.
'use strict';

var U = require('internal/streams_utils');

function assign(dst, src) {
  if (src) for (var k in src) dst[k] = src[k];
  return dst;
}

module.exports = function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || U.isBuffer(iterable)) {
    return new Readable(assign(assign({ objectMode: true }, opts), {
      read: function () {
        this.push(iterable);
        this.push(null);
      }
    }));
  }
  var iterator;
  if (Array.isArray(iterable)) {
    var i = 0;
    iterator = { next: function () {
      return i < iterable.length ? { value: iterable[i++], done: false } : { value: undefined, done: true };
    } };
  } else if (iterable && typeof iterable['@@iterator'] === 'function') {
    iterator = iterable['@@iterator']();
  } else {
    throw U.E.invalidArgType('iterable', ['Iterable'], iterable);
  }
  var readable = new Readable(assign({ objectMode: true, highWaterMark: 1 }, opts));
  var reading = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };
  readable._destroy = function (error, cb) {
    if (error && typeof iterator['throw'] === 'function') {
      try { iterator['throw'](error); } catch (e) { /* reported through cb */ }
    } else if (typeof iterator['return'] === 'function') {
      try { iterator['return'](); } catch (e2) { /* ignore */ }
    }
    Promise.resolve().then(function () { process.nextTick(cb, error); });
  };
  function next() {
    for (;;) {
      try {
        var r = iterator.next();
        if (r.done) {
          readable.push(null);
        } else {
          var value = r.value;
          if (value && typeof value.then === 'function') {
            value.then(function (v) {
              if (v === null) {
                reading = false;
                readable.destroy(U.E.nullValues());
              } else if (readable.push(v)) {
                next();
              } else {
                reading = false;
              }
            }, function (err) { readable.destroy(err); });
            return;
          }
          if (value === null) {
            reading = false;
            throw U.E.nullValues();
          } else if (readable.push(value)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
};
