'use strict';
// internal/console_methods — console's dir, time, timeEnd, timeLog, count,
// countReset and table, compiled on the first call of one of them (console.js
// keeps what console.log needs). Each takes c, the per-console state that
// makeConsole shares: { self, counts, times, write, getStdout,
// getInspectOptions }.

var inspectMod = null;
function insp() {
  return inspectMod || (inspectMod = require('internal/util_inspect'));
}
function inspect(value, options) { return insp().inspect(value, options); }

function emitWarning(msg) {
  require('internal/util_warning').install();
  process.emitWarning(msg);
}

function now() {
  if (typeof process === 'object' && typeof process.hrtime === 'function') {
    var t = process.hrtime();
    return t[0] * 1000 + t[1] / 1e6;
  }
  if (typeof performance === 'object' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  return Date.now();
}

function pad2(v) {
  var s = String(v);
  return s.length < 2 ? '0' + s : s;
}

function formatTime(ms) {
  var hours = 0;
  var minutes = 0;
  var seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    var parts = seconds.toFixed(3).split('.');
    var res = hours !== 0 ? hours + ':' + pad2(minutes) : minutes;
    return res + ':' + pad2(parts[0]) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

exports.dir = function (c, object, options) {
  var o = { customInspect: false };
  var k, i;
  var base = c.getInspectOptions(c.getStdout());
  k = Object.keys(base);
  for (i = 0; i < k.length; i++) o[k[i]] = base[k[i]];
  if (options) {
    k = Object.keys(options);
    for (i = 0; i < k.length; i++) o[k[i]] = options[k[i]];
  }
  c.write(true, inspect(object, o));
};

exports.time = function (c, label) {
  label = label === undefined ? 'default' : '' + label;
  if (Object.prototype.hasOwnProperty.call(c.times, label)) {
    emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  c.times[label] = now();
};

function timeLogImpl(c, name, label, data) {
  if (!Object.prototype.hasOwnProperty.call(c.times, label)) {
    emitWarning("No such label '" + label + "' for console." + name + '()');
    return false;
  }
  var formatted = formatTime(now() - c.times[label]);
  if (data === undefined || data.length === 0) c.self.log('%s: %s', label, formatted);
  else c.self.log.apply(c.self, ['%s: %s', label, formatted].concat(data));
  return true;
}

exports.timeEnd = function (c, label) {
  label = label === undefined ? 'default' : '' + label;
  if (timeLogImpl(c, 'timeEnd', label)) delete c.times[label];
};

exports.timeLog = function (c, label, data) {
  label = label === undefined ? 'default' : '' + label;
  timeLogImpl(c, 'timeLog', label, data);
};

exports.count = function (c, label) {
  label = label === undefined ? 'default' : '' + label;
  var key = '$' + label;
  var count = c.counts[key];
  if (count === undefined) count = 1;
  else count++;
  c.counts[key] = count;
  c.self.log(label + ': ' + count);
};

exports.countReset = function (c, label) {
  label = label === undefined ? 'default' : '' + label;
  var key = '$' + label;
  if (!Object.prototype.hasOwnProperty.call(c.counts, key)) {
    emitWarning("Count for '" + label + "' does not exist");
    return;
  }
  delete c.counts[key];
};

exports.table = function (c, tabularData, properties) {
  if (tabularData === null || typeof tabularData !== 'object') return c.self.log(tabularData);
  c.write(true, renderTable(tabularData, properties));
};

// ---- console.table (lib/internal/cli_table.js)

var tableChars = {
  middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c',
  leftMiddle: '\u251c', topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514',
  bottomMiddle: '\u2534', rightMiddle: '\u2524', left: '\u2502 ', right: ' \u2502', middle: ' \u2502 '
};

function repeatStr(s, n) { return n > 0 ? new Array(n + 1).join(s) : ''; }

function renderRow(row, columnWidths) {
  var out = [tableChars.left];
  for (var i = 0; i < row.length; i++) {
    var cell = row[i];
    out.push(cell + repeatStr(' ', columnWidths[i] - cell.length));
    if (i !== row.length - 1) out.push(tableChars.middle);
  }
  out.push(tableChars.right);
  return out.join('');
}

function table(head, columns) {
  var rows = [];
  var columnWidths = [];
  var longestColumn = 0;
  var i, j;
  for (i = 0; i < head.length; i++) columnWidths[i] = head[i].length;
  for (i = 0; i < columns.length; i++) if (columns[i].length > longestColumn) longestColumn = columns[i].length;
  for (i = 0; i < head.length; i++) {
    var column = columns[i];
    for (j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      var value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      var width = columnWidths[i] || 0;
      columnWidths[i] = Math.max(width, value.length);
    }
  }
  var divider = [];
  for (i = 0; i < columnWidths.length; i++) {
    divider.push(repeatStr(tableChars.middleMiddle, columnWidths[i] + 2));
  }
  var result = [tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight,
    renderRow(head, columnWidths),
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle];
  for (i = 0; i < rows.length; i++) result.push(renderRow(rows[i], columnWidths));
  result.push(tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight);
  return result.join('\n');
}

function renderTable(tabularData, properties) {
  var opt = { depth: 1, maxArrayLength: 3, breakLength: Infinity };
  function _inspect(v) {
    var depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth: depth, maxArrayLength: opt.maxArrayLength, breakLength: Infinity });
  }
  var indexKey = '(index)';
  var valuesKey = 'Values';
  var keys = insp().orderKeys(Object.keys(tabularData));
  if (Array.isArray(tabularData)) {
    keys = [];
    for (var a = 0; a < tabularData.length; a++) keys.push(String(a));
  }
  var hasPrimitives = false;
  var valuesKeyArray = [];
  var indexKeyArray = [];
  var map = {};
  var mapKeys = [];
  for (var i = 0; i < keys.length; i++) {
    var item = tabularData[keys[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      var ks = properties || insp().orderKeys(Object.keys(item));
      for (var k = 0; k < ks.length; k++) {
        var key = ks[k];
        if (!Object.prototype.hasOwnProperty.call(map, '$' + key)) {
          map['$' + key] = [];
          mapKeys.push(key);
        }
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map['$' + key][i] = '';
        } else {
          map['$' + key][i] = _inspect(item[key]);
        }
      }
    }
    indexKeyArray.push(keys[i]);
  }
  var head = [indexKey].concat(mapKeys);
  var cols = [indexKeyArray];
  for (var m = 0; m < mapKeys.length; m++) cols.push(map['$' + mapKeys[m]]);
  if (hasPrimitives) {
    head.push(valuesKey);
    cols.push(valuesKeyArray);
  }
  return table(head, cols);
}
