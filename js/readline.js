// readline — Interface over a Readable (lines, question, prompt, pause and
// resume, close) as Node 20's: createInterface({input, output, prompt,
// terminal, crlfDelay, historySize, ...}). Without a terminal the input is
// split into lines (\n, \r\n, \r; a \r\n split across chunks within
// crlfDelay counts once). With one (output.isTTY by default) the input is
// put in raw mode and read as keypresses (internal/readline_keys): line
// editing with the arrows, Home/End, Backspace/Delete, Ctrl-A/E/U/K/W,
// history with Up/Down ('history' events), Ctrl-C ('SIGINT', else close)
// and Ctrl-D on an empty line (close). The cursor helpers are
// internal/readline_cursor's. No async iterator: the engine has no Symbol.
'use strict';

var EventEmitter = require('events');
var cursor = require('internal/readline_cursor');
var errors = require('internal/errors');
var readlineBinding = internalBinding('readline');

var kHistorySize = 30;
var kMinCrlfDelay = 100;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  var historySize, prompt = '> ', crlfDelay, removeHistoryDuplicates = false, history;
  if (input && input.input) { // an options object
    var o = input;
    output = o.output;
    completer = o.completer;
    terminal = o.terminal;
    historySize = o.historySize;
    history = o.history;
    removeHistoryDuplicates = !!o.removeHistoryDuplicates;
    if (o.prompt !== undefined) prompt = o.prompt;
    crlfDelay = o.crlfDelay;
    input = o.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw errors.invalidArgValue('completer', completer);
  }
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number' || historySize !== historySize || historySize < 0) {
    throw errors.outOfRange('historySize', 'a non-negative number', historySize);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
  this.input = input;
  this.output = output;
  this.terminal = !!terminal;
  this.completer = completer;
  this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
  this.historySize = historySize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.history = Array.isArray(history) ? history.slice() : [];
  this.historyIndex = -1;
  this.line = '';
  if (this.terminal) this.cursor = 0;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this._sawReturnAt = 0;
  this._questionCallback = null;
  this._decoder = null;
  this._lineBuffer = null;

  var self = this;
  this._ondata = function (data) { self._normalWrite(data); };
  this._onend = function () {
    if (typeof self._lineBuffer === 'string' && self._lineBuffer.length > 0) self.emit('line', self._lineBuffer);
    self._lineBuffer = null;
    self.close();
  };
  this._onerror = function (err) { self.emit('error', err); }; // as Node 20's
  input.on('error', this._onerror);
  this._onkeypress = function (s, key) { self._ttyWrite(s, key); };
  this._ontermend = function () {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  };
  if (this.terminal) {
    require('internal/readline_keys').emitKeypressEvents(input, this);
    input.on('keypress', this._onkeypress);
    input.on('end', this._ontermend);
    this._setRawMode(true);
    if (output && typeof output.on === 'function' && output.isTTY) {
      this._onresize = function () { self._refreshLine(); };
      output.on('resize', this._onresize);
    }
  } else {
    input.on('data', this._ondata);
    input.on('end', this._onend);
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true, enumerable: true,
  get: function () { return this.output && this.output.columns ? this.output.columns : Infinity; }
});

Interface.prototype.setPrompt = function (prompt) { this._prompt = prompt; };
Interface.prototype.getPrompt = function () { return this._prompt; };

Interface.prototype._setRawMode = function (mode) {
  var was = this.input.isRaw;
  if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
  return was;
};

Interface.prototype._writeToOutput = function (s) {
  if (typeof s !== 'string') throw errors.invalidArgType('stringToWrite', 'string', s);
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function (preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal) {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function (query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options && typeof options === 'object' && options.signal) {
    var signal = options.signal, self = this;
    require('internal/abort_controller').validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    var onAbort = function () { self._questionCancel(); };
    signal.addEventListener('abort', onAbort, { once: true });
    var originalCb = cb;
    var cleanup = function () { signal.removeEventListener('abort', onAbort); };
    cb = typeof cb === 'function' ? function (answer) { cleanup(); return originalCb(answer); } : cleanup;
  }
  if (typeof cb !== 'function') return;
  if (this.closed) {
    var e = errors.makeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
    throw e;
  }
  if (this._questionCallback) {
    this.prompt();
  } else {
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }
};

Interface.prototype._questionCancel = function () {
  if (this._questionCallback) {
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    this.clearLine();
  }
};

Interface.prototype._onLine = function (line) {
  if (this._questionCallback) {
    var cb = this._questionCallback;
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype.pause = function () {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function () {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function (d, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(d);
};

Interface.prototype.close = function () {
  if (this.closed) return;
  this.pause();
  if (this.terminal) {
    this._setRawMode(false);
    this.input.removeListener('keypress', this._onkeypress);
    this.input.removeListener('end', this._ontermend);
    if (this._onresize) this.output.removeListener('resize', this._onresize);
  } else {
    this.input.removeListener('data', this._ondata);
    this.input.removeListener('end', this._onend);
  }
  this.input.removeListener('error', this._onerror);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function () {
  var cols = this.columns, w = this._prompt.length + this.cursor;
  return cols === Infinity ? { rows: 0, cols: w } : { rows: Math.floor(w / cols), cols: w % cols };
};

// ---- lines from a stream that is not a terminal ---------------------------

Interface.prototype._normalWrite = function (b) {
  if (b === undefined) return;
  var string;
  if (typeof b === 'string') {
    string = b;
  } else {
    if (!this._decoder) this._decoder = new (require('string_decoder').StringDecoder)('utf8');
    string = this._decoder.write(b);
  }
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
    this._sawReturnAt = 0;
  }
  // The lines are cut and handed to _onLine in C (bridge/readline.c); a
  // \r at the end is stamped here, as emitLines has no clock.
  if (string.charCodeAt(string.length - 1) === 13) this._sawReturnAt = Date.now();
  var pending = this._lineBuffer;
  readlineBinding.emitLines(this, typeof pending === 'string' && pending.length > 0 ? pending : null, string);
};

// ---- terminal: line editing ------------------------------------------------

Interface.prototype._refreshLine = function () {
  var out = this.output;
  if (!out) return;
  var line = this._prompt + this.line;
  cursor.cursorTo(out, 0);
  out.write(line);
  cursor.clearLine(out, 1);
  cursor.cursorTo(out, this._prompt.length + this.cursor);
};

// Node's clearLine: the cursor to the line's end, a new line, an empty line
// (what a cancelled question leaves).
Interface.prototype.clearLine = function () {
  if (this.cursor < this.line.length && this.output) {
    cursor.moveCursor(this.output, this.line.length - this.cursor, 0);
  }
  this.cursor = this.line.length;
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

Interface.prototype._insertString = function (c) {
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
  } else {
    this.line += c;
    this.cursor += c.length;
    this._writeToOutput(c);
  }
};

Interface.prototype._addHistory = function () {
  if (this.line.length === 0) return '';
  if (this.historySize === 0) return this.line;
  if (this.line.replace(/^\s+|\s+$/g, '').length === 0) return this.line;
  var before = this.history.slice();
  if (this.removeHistoryDuplicates) {
    var at = this.history.indexOf(this.line);
    if (at !== -1) this.history.splice(at, 1);
  }
  if (this.history[0] !== this.line) this.history.unshift(this.line);
  if (this.history.length > this.historySize) this.history.pop();
  this.historyIndex = -1;
  var changed = before.length !== this.history.length || before.some(function (v, i) { return v !== this.history[i]; }, this);
  if (changed) this.emit('history', this.history);
  return this.line;
};

Interface.prototype._line = function () {
  var line = this._addHistory();
  this.line = '';
  this.cursor = 0;
  this._writeToOutput('\r\n');
  this._onLine(line);
};

Interface.prototype._historyMove = function (dir) {
  var idx = this.historyIndex + dir;
  if (idx >= this.history.length || idx < -1) return;
  if (idx === -1) {
    if (this._savedLine === undefined) return;
    this.line = this._savedLine;
  } else {
    if (this.historyIndex === -1) this._savedLine = this.line;
    this.line = this.history[idx];
  }
  this.historyIndex = idx;
  this.cursor = this.line.length;
  this._refreshLine();
};

Interface.prototype._wordLeft = function () {
  var m = /\S+\s*$/.exec(this.line.slice(0, this.cursor));
  return m ? m[0].length : 0;
};

Interface.prototype._ttyWrite = function (s, key) {
  key = key || {};
  var name = key.name;
  if (key.ctrl && name === 'c') {
    if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
    else this.close();
    return;
  }
  if (key.ctrl && name === 'd') {
    if (this.cursor === 0 && this.line.length === 0) this.close();
    else if (this.cursor < this.line.length) { this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1); this._refreshLine(); }
    return;
  }
  if (key.ctrl && name === 'a' || name === 'home') { this.cursor = 0; this._refreshLine(); return; }
  if (key.ctrl && name === 'e' || name === 'end') { this.cursor = this.line.length; this._refreshLine(); return; }
  if (key.ctrl && name === 'u') { this.line = this.line.slice(this.cursor); this.cursor = 0; this._refreshLine(); return; }
  if (key.ctrl && name === 'k') { this.line = this.line.slice(0, this.cursor); this._refreshLine(); return; }
  if (key.ctrl && name === 'w') {
    var n = this._wordLeft();
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
    return;
  }
  if (key.ctrl && name === 'b' || (!key.ctrl && !key.meta && name === 'left')) {
    if (this.cursor > 0) { this.cursor--; cursor.moveCursor(this.output, -1, 0); }
    return;
  }
  if (key.ctrl && name === 'f' || (!key.ctrl && !key.meta && name === 'right')) {
    if (this.cursor < this.line.length) { this.cursor++; cursor.moveCursor(this.output, 1, 0); }
    return;
  }
  if (key.ctrl && name === 'p' || name === 'up') { this._historyMove(1); return; }
  if (key.ctrl && name === 'n' || name === 'down') { this._historyMove(-1); return; }
  if (name === 'return' || name === 'enter') { this._line(); return; }
  if (name === 'backspace' || (key.ctrl && name === 'h')) {
    if (this.cursor > 0) {
      this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
      this.cursor--;
      this._refreshLine();
    }
    return;
  }
  if (name === 'delete') {
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
      this._refreshLine();
    }
    return;
  }
  if (name === 'tab' && this.completer) return; // completion: not supported
  if (typeof s === 'string' && s.length && !key.ctrl && !key.meta && s.charCodeAt(0) >= 32) {
    this._insertString(s.replace(/[\r\n]/g, ''));
  }
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface: Interface,
  createInterface: createInterface,
  clearLine: cursor.clearLine,
  clearScreenDown: cursor.clearScreenDown,
  cursorTo: cursor.cursorTo,
  moveCursor: cursor.moveCursor,
  emitKeypressEvents: function (stream, iface) { return require('internal/readline_keys').emitKeypressEvents(stream, iface); }
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true, get: function () { return require('readline/promises'); }
});
