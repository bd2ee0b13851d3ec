// internal/tty_colors — tty.WriteStream's getColorDepth/hasColors: the color
// depth Node 20 derives from the environment (FORCE_COLOR, NO_COLOR,
// NODE_DISABLE_COLORS, TERM, COLORTERM, TMUX, CI, TERM_PROGRAM, ...).
'use strict';

var COLORS_2 = 1, COLORS_16 = 4, COLORS_256 = 8, COLORS_16m = 24;

// TERM values with a known depth (Node's list, after dircolors)
var TERM_ENVS = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16,
  dtterm: COLORS_16, gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16,
  konsole: COLORS_16, kterm: COLORS_16, mlterm: COLORS_16, mosh: COLORS_16m,
  putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m
};
var TERM_PATTERNS = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
var CI_NAMES = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

var warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  var names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length) {
    process.emitWarning("The '" + names.join("' and '") + "' env is ignored due to the 'FORCE_COLOR' env being set.", 'Warning');
    warned = true;
  }
}

function getColorDepth(env) {
  if (env === undefined) env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    var f = env.FORCE_COLOR;
    if (f === '' || f === '1' || f === 'true') { warnOnDeactivatedColors(env); return COLORS_16; }
    if (f === '2') { warnOnDeactivatedColors(env); return COLORS_256; }
    if (f === '3') { warnOnDeactivatedColors(env); return COLORS_16m; }
    return COLORS_2;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    for (var i = 0; i < CI_NAMES.length; i++) if (CI_NAMES[i] in env) return COLORS_256;
    return env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  var tp = env.TERM_PROGRAM;
  if (tp === 'iTerm.app') {
    return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
  }
  if (tp === 'HyperTerm' || tp === 'MacTerm') return COLORS_16m;
  if (tp === 'Apple_Terminal') return COLORS_256;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    var term = String(env.TERM).toLowerCase();
    if (TERM_ENVS[term]) return TERM_ENVS[term];
    for (var j = 0; j < TERM_PATTERNS.length; j++) if (TERM_PATTERNS[j].test(term)) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    var E = require('internal/errors');
    if (typeof count !== 'number') throw E.invalidArgType('count', 'number', count);
    if (count !== Math.floor(count) || count < 2 || count > 9007199254740991) {
      throw E.outOfRange('count', count !== Math.floor(count) ? 'an integer' : '>= 2 && <= 9007199254740991', count);
    }
  }
  return count <= Math.pow(2, getColorDepth(env));
}

module.exports = { getColorDepth: getColorDepth, hasColors: hasColors };
