// internal/streams_pipe — Readable.prototype.pipe/unpipe (Node 20 order:
// 'pipe' on dest, resume on the next tick, pause on a false write, resume on
// 'drain', dest.end() on 'end', 'unpipe' on finish/close/error).
'use strict';

var legacy = require('internal/streams_legacy');
var errorOrDestroy = require('internal/streams_destroy').errorOrDestroy;

// The newest pipe's own 'data' and 'drain' listeners, and the source a
// Writable was last piped from: internal/fs_streams recognises a pipe with
// nothing else attached by them (its pump).
var kPipeData = '@@muk.pipeData', kPipeDrain = '@@muk.pipeDrain', kPipeSrc = '@@muk.pipeSrc';
function hide(obj, name, value) {
  if (Object.prototype.hasOwnProperty.call(obj, name)) obj[name] = value;
  else Object.defineProperty(obj, name, { value: value, writable: true, enumerable: false, configurable: true });
}

function removeFrom(arr, x) {
  var i = arr.indexOf(x);
  if (i !== -1) arr.splice(i, 1);
}

module.exports = function (Readable) {
  Readable.prototype.pipe = function (dest, pipeOpts) {
    var src = this;
    var state = this._readableState;
    if (state.pipes.length === 1 && !state.multiAwaitDrain) {
      state.multiAwaitDrain = true;
      state.awaitDrainWriters = state.awaitDrainWriters ? [state.awaitDrainWriters] : [];
    }
    state.pipes.push(dest);
    var doEnd = (!pipeOpts || pipeOpts.end !== false) && dest !== process.stdout && dest !== process.stderr;
    var endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) process.nextTick(endFn);
    else src.once('end', endFn);

    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
      if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }
    function onend() {
      dest.end();
    }
    var ondrain;
    var cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);
      cleanedUp = true;
      if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }
    function pause() {
      if (!cleanedUp) {
        if (state.pipes.length === 1 && state.pipes[0] === dest) {
          state.awaitDrainWriters = dest;
          state.multiAwaitDrain = false;
        } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
          if (state.awaitDrainWriters.indexOf(dest) === -1) state.awaitDrainWriters.push(dest);
        }
        src.pause();
      }
      if (!ondrain) {
        ondrain = pipeOnDrain(src, dest);
        hide(state, kPipeDrain, ondrain);
        dest.on('drain', ondrain);
      }
    }
    hide(state, kPipeData, ondata);
    if (dest._writableState) hide(dest._writableState, kPipeSrc, src);
    src.on('data', ondata);
    function ondata(chunk) {
      var ret = dest.write(chunk);
      if (ret === false) pause();
    }
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        var s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) errorOrDestroy(dest, er);
        else dest.emit('error', er);
      }
    }
    legacy.prependListener(dest, 'error', onerror);
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);
    function unpipe() {
      src.unpipe(dest);
    }
    dest.emit('pipe', src);
    if (dest.writableNeedDrain === true) {
      pause();
    } else if (!state.flowing) {
      src.resume();
    }
    return dest;
  };

  function pipeOnDrain(src, dest) {
    return function () {
      var state = src._readableState;
      if (state.awaitDrainWriters === dest) {
        state.awaitDrainWriters = null;
      } else if (state.multiAwaitDrain) {
        removeFrom(state.awaitDrainWriters, dest);
      }
      if ((!state.awaitDrainWriters || state.awaitDrainWriters.length === 0) && state.dataListening) {
        src.resume();
      }
    };
  }

  Readable.prototype.unpipe = function (dest) {
    var state = this._readableState;
    var unpipeInfo = { hasUnpiped: false };
    if (state.pipes.length === 0) return this;
    if (!dest) {
      var dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }
    var index = state.pipes.indexOf(dest);
    if (index === -1) return this;
    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) this.pause();
    dest.emit('unpipe', this, unpipeInfo);
    return this;
  };
};
