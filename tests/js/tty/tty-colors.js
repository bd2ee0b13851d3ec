// tty.WriteStream's getColorDepth/hasColors from an environment object
// (no terminal needed: the methods read only env), and tty.isatty.
var tty = require('tty');
var W = tty.WriteStream.prototype;
var envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen' },
  { TERM: 'linux' }, { TERM: 'mosh' }, { TERM: 'VT100' }, { TERM: 'weird' }, { COLORTERM: 'truecolor' },
  { COLORTERM: '24bit', TERM: 'xterm' }, { COLORTERM: '1' }, { NO_COLOR: '', TERM: 'xterm-256color' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '0' },
  { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: 'x' },
  { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1', CI_NAME: 'codeship' },
  { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TERM_PROGRAM: 'iTerm.app' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' }, { TERM: 'rxvt-unicode-24bit' }, { TERM: 'cons25' }, { TERM: 'con132x25' }
];
envs.forEach(function (env) {
  console.log(JSON.stringify(env), W.getColorDepth(env), W.hasColors(env), W.hasColors(256, env), W.hasColors(2, env));
});
['x', 1.5, 1, -1].forEach(function (c) {
  try { W.hasColors(c, {}); } catch (e) { console.log(e.name, e.code, e.message); }
});
console.log(tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(12345));
try { new tty.WriteStream(-1); } catch (e) { console.log(e.code); }
console.log(typeof tty.ReadStream, typeof tty.WriteStream.prototype.cursorTo);
