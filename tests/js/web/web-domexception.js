// DOMException: name/message/code, options {name, cause}, the legacy code
// (stackTrace: where the engine keeps every Error's frames; not a DOMException field)
// constants, its prototype chain, toString, and the getters' this-check.
function show(e) {
  console.log(JSON.stringify([e.name, e.message, e.code, String(e)]));
}
show(new DOMException());
show(new DOMException('m'));
show(new DOMException('m', 'AbortError'));
show(new DOMException('m', 'TimeoutError'));
show(new DOMException('m', 'DataCloneError'));
show(new DOMException('m', 'ValidationError')); // retired: code 0
show(new DOMException('m', 'NoSuchName'));
show(new DOMException(42, 7));
show(new DOMException('m', { name: 'SyntaxError' }));
show(new DOMException('m', {}));
var withCause = new DOMException('m', { name: 'NotFoundError', cause: { why: 1 } });
show(withCause);
console.log(withCause.cause, Object.prototype.propertyIsEnumerable.call(withCause, 'cause'));
console.log('cause' in new DOMException('m', { name: 'X' }));

var e = new DOMException('boom', 'InvalidStateError');
console.log(e instanceof DOMException, e instanceof Error);
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
console.log(Object.prototype.toString.call(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e).filter(function (k) { return k !== 'stack' && k !== 'stackTrace'; }));
console.log(typeof e.stack);

var names = ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
  'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR',
  'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'];
console.log(names.map(function (n) { return DOMException[n] + '/' + e[n]; }).join(' '));

['name', 'message', 'code'].forEach(function (k) {
  try {
    var d = Object.getOwnPropertyDescriptor(DOMException.prototype, k);
    console.log(k, typeof d.get, d.enumerable);
    d.get.call({});
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
try {
  DOMException('x');
} catch (err) {
  console.log(err.name);
}
