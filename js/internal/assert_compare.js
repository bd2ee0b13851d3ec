'use strict';
// Deep equality as in Node 20's lib/internal/util/comparisons.js, for the
// values an ES5 engine has (no Map/Set/Symbol/typed arrays; muk Buffers are
// compared byte by byte).

var toStr = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var isEnum = Object.prototype.propertyIsEnumerable;
var indexRe = /^(0|[1-9][0-9]*)$/;

var kNoIterator = 0;
var kIsArray = 1;

function objectIs(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isNaNValue(v) {
  return typeof v === 'number' && v !== v;
}

function isError(v) {
  return toStr.call(v) === '[object Error]' || v instanceof Error;
}

function isBuffer(v) {
  return typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' &&
    Buffer.isBuffer(v);
}

function nonIndexKeys(v) {
  var keys = Object.keys(v);
  var out = [];
  for (var i = 0; i < keys.length; i++) if (!indexRe.test(keys[i])) out.push(keys[i]);
  return out;
}

function flagsOf(re) {
  if (typeof re.flags === 'string') return re.flags;
  return (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') + (re.multiline ? 'm' : '');
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || objectIs(val1, val2) || !strict;
  }
  if (strict) {
    if (typeof val1 === 'number') return isNaNValue(val1) && isNaNValue(val2);
    if (typeof val2 !== 'object' || typeof val1 !== 'object' ||
        val1 === null || val2 === null ||
        Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        /* eslint-disable-next-line eqeqeq */
        return val1 == val2 || (isNaNValue(val1) && isNaNValue(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  var val1Tag = toStr.call(val1);
  var val2Tag = toStr.call(val2);
  if (val1Tag !== val2Tag) return false;

  var b1 = isBuffer(val1);
  if (b1 || isBuffer(val2)) {
    if (!b1 || !isBuffer(val2) || val1.length !== val2.length) return false;
    for (var bi = 0; bi < val1.length; bi++) {
      if (val1[bi] !== val2[bi]) return false;
    }
    var bk1 = nonIndexKeys(val1);
    if (bk1.length !== nonIndexKeys(val2).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, bk1);
  }

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    var keys1 = nonIndexKeys(val1);
    var keys2 = nonIndexKeys(val2);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]' && !isError(val1) && !isError(val2)) {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (val1Tag === '[object Date]') {
    if (val1.getTime() !== val2.getTime()) {
      return false;
    }
  } else if (val1Tag === '[object RegExp]') {
    if (val1.source !== val2.source || flagsOf(val1) !== flagsOf(val2) ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isError(val1)) {
    if (!isError(val2)) return false;
    var m1 = isEnum.call(val1, 'message');
    var n1 = isEnum.call(val1, 'name');
    var c1 = isEnum.call(val1, 'cause');
    var e1 = isEnum.call(val1, 'errors');
    if ((m1 !== isEnum.call(val2, 'message') || (!m1 && val1.message !== val2.message)) ||
        (n1 !== isEnum.call(val2, 'name') || (!n1 && val1.name !== val2.name)) ||
        (c1 !== isEnum.call(val2, 'cause') ||
         (!c1 && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) ||
        (e1 !== isEnum.call(val2, 'errors') ||
         (!e1 && !innerDeepEqual(val1.errors, val2.errors, strict, memos)))) {
      return false;
    }
  } else if (val1Tag === '[object Number]') {
    if (!objectIs(val1.valueOf(), val2.valueOf())) return false;
  } else if (val1Tag === '[object String]') {
    if (val1.valueOf() !== val2.valueOf()) return false;
    // index keys are equal once the values are; compare the other keys only
    var sk1 = nonIndexKeys(val1);
    if (sk1.length !== nonIndexKeys(val2).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, sk1);
  } else if (val1Tag === '[object Boolean]') {
    if (val1.valueOf() !== val2.valueOf()) return false;
  } else if (Array.isArray(val2) || isError(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  var isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);
  var i;
  for (i = 0; i < aKeys.length; i++) {
    if (!isEnum.call(val2, aKeys[i])) return false;
  }
  if (!isArrayLikeObject && aKeys.length !== Object.keys(val2).length) return false;

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0))) {
    return true;
  }

  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false };
    return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  }

  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      var result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = [];
    addUnique(memos.set, memos.a);
    addUnique(memos.set, memos.b);
    addUnique(memos.set, memos.c);
    addUnique(memos.set, memos.d);
  }

  var set = memos.set;
  var originalSize = set.length;
  addUnique(set, val1);
  addUnique(set, val2);
  if (originalSize === set.length) return true;

  var areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (areEq) {
    removeItem(set, val1);
    removeItem(set, val2);
  }
  return areEq;
}

function addUnique(list, v) {
  if (list.indexOf(v) === -1) list.push(v);
}

function removeItem(list, v) {
  var i = list.indexOf(v);
  if (i !== -1) list.splice(i, 1);
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  var i;
  for (i = 0; i < keys.length; i++) {
    if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        var keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          var key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  return true;
}

exports.isDeepEqual = function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
};
exports.isDeepStrictEqual = function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
};
exports.objectIs = objectIs;
