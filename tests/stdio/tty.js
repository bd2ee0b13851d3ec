// on a terminal (a pty the driver holds, 91x33, TERM=xterm-256color):
// isTTY, the size, color depth, raw mode, and 'resize' on SIGWINCH. The
// report goes to stderr (a pipe).
var tty = require('tty');
function say(s) { process.stderr.write(s + '\n'); }
say(['isTTY', process.stdin.isTTY, process.stdout.isTTY, process.stderr.isTTY].join(' '));
say(['isatty', tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99), tty.isatty(-1)].join(' '));
say(['size', process.stdout.columns, process.stdout.rows, JSON.stringify(process.stdout.getWindowSize())].join(' '));
say(['colors', process.stdout.getColorDepth(), process.stdout.hasColors(), process.stdout.hasColors(256), process.stdout.hasColors(1 << 24)].join(' '));
say(['raw', process.stdin.isRaw, process.stdin.setRawMode(true) === process.stdin, process.stdin.isRaw].join(' '));
process.stdout.write('on the terminal\n');
var keepAlive = setInterval(function () {}, 1000); // until the resize
process.stdout.once('resize', function () {
  say(['resize', process.stdout.columns, process.stdout.rows].join(' '));
  process.stdin.once('data', function (d) {
    say('data ' + JSON.stringify(String(d)));
    process.stdin.setRawMode(false);
    process.stdin.pause();
    clearInterval(keepAlive);
  });
  say('ready2');
});
say('ready');
