// internal/dom_exception — the DOMException global (WebIDL, as Node 20 has
// it): an Error whose name, message and code are prototype getters over
// state kept in a WeakMap, with the legacy *_ERR code constants.
'use strict';

var state = new WeakMap();

// The names WebIDL gives codes; three of them were retired and read as 0.
var NAMES = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR']
];
var RETIRED = { DOMStringSizeError: true, NoDataAllowedError: true, ValidationError: true };
var codeOf = Object.create(null);

function DOMException(message, options) {
  if (!(this instanceof DOMException))
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  var self = new Error();
  // The engine gives every Error an own message: the getter must show through.
  delete self.message;
  Object.setPrototypeOf(self, DOMException.prototype);
  var msg = message === undefined ? '' : String(message);
  if (options !== null && typeof options === 'object') {
    state.set(self, { message: msg, name: String(options.name) });
    if ('cause' in options)
      Object.defineProperty(self, 'cause', { value: options.cause, writable: true, configurable: true });
  } else {
    state.set(self, { message: msg, name: options === undefined ? 'Error' : String(options) });
  }
  return self;
}

function internals(self) {
  var s = state.get(self);
  if (s === undefined) {
    var e = new TypeError('Value of "this" must be of DOMException');
    e.code = 'ERR_INVALID_THIS';
    throw e;
  }
  return s;
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperties(DOMException.prototype, {
  name: { get: function name() { return internals(this).name; }, enumerable: true, configurable: true },
  message: { get: function message() { return internals(this).message; }, enumerable: true, configurable: true },
  code: {
    get: function code() {
      var n = internals(this).name;
      return RETIRED[n] || codeOf[n] === undefined ? 0 : codeOf[n];
    },
    enumerable: true, configurable: true
  }
});
if (typeof Symbol === 'function' && Symbol.toStringTag)
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

for (var i = 0; i < NAMES.length; i++) {
  codeOf[NAMES[i][0]] = i + 1;
  var desc = { value: i + 1, enumerable: true };
  Object.defineProperty(DOMException, NAMES[i][1], desc);
  Object.defineProperty(DOMException.prototype, NAMES[i][1], desc);
}

module.exports = DOMException;
