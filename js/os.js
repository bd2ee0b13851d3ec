'use strict';
// os: Node 20's os module (POSIX/Linux) in ES5 over internalBinding('os').
// Differences from Node (documented): networkInterfaces() returns {} (no
// interface enumeration yet); getPriority() returns 0 and setPriority()
// throws ERR_METHOD_NOT_IMPLEMENTED; userInfo({ encoding: 'buffer' }) is not
// supported (strings are returned); constants are Linux's.

var errors = require('internal/errors');
var binding = internalBinding('os') || {};

function call(name, fallback) {
  if (typeof binding[name] === 'function') {
    var v = binding[name]();
    if (v !== undefined && v !== null) return v;
  }
  return fallback;
}

function env(name) {
  var e = require('internal/env').get(name);
  return typeof e === 'string' && e.length > 0 ? e : undefined;
}

var unameCache = null;
function uname() {
  if (unameCache === null) unameCache = call('uname', ['Linux', '', '', '']);
  return unameCache;
}

var archMap = { x86_64: 'x64', amd64: 'x64', i386: 'ia32', i686: 'ia32', aarch64: 'arm64',
                arm64: 'arm64', armv7l: 'arm', armv6l: 'arm', ppc64le: 'ppc64', s390x: 's390x',
                riscv64: 'riscv64', mips: 'mips', mipsel: 'mipsel', loongarch64: 'loong64' };

function arch() {
  if (typeof process === 'object' && typeof process.arch === 'string') return process.arch;
  var m = uname()[2];
  return archMap[m] || m;
}

function platform() {
  if (typeof process === 'object' && typeof process.platform === 'string') return process.platform;
  return String(uname()[0]).toLowerCase();
}

function type() { return uname()[0]; }
function release() { return uname()[1]; }
function version() { return uname()[3]; }
function machine() { return uname()[2]; }

function hostname() { return call('hostname', 'localhost'); }

function homedir() {
  return env('HOME') || call('homedir', '/');
}

function tmpdir() {
  var path = env('TMPDIR') || env('TMP') || env('TEMP') || '/tmp';
  if (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
  return path;
}

function cpus() {
  var raw = call('cpus', null);
  var out = [];
  if (raw && raw.length) {
    for (var i = 0; i < raw.length; i++) {
      var c = raw[i];
      out.push({
        model: c[0],
        speed: c[1],
        times: { user: c[2], nice: c[3], sys: c[4], idle: c[5], irq: c[6] }
      });
    }
  }
  return out;
}

function availableParallelism() {
  var n = call('cpuCount', 0);
  if (!(n > 0)) n = cpus().length || 1;
  return n;
}

function totalmem() { return call('totalmem', 0); }
function freemem() { return call('freemem', 0); }
function uptime() { return call('uptime', 0); }

function loadavg() {
  var l = call('loadavg', [0, 0, 0]);
  return [l[0], l[1], l[2]];
}

function endianness() { return 'LE'; }

function userInfo(options) {
  var u = call('userInfo', null);
  if (u === null) {
    var err = errors.makeError(Error, 'ERR_SYSTEM_ERROR',
      'A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory)');
    err.errno = require('internal/service').errors().uvCode('ENOENT');
    err.syscall = 'uv_os_get_passwd';
    throw err;
  }
  var out = Object.create(null);
  out.uid = u.uid;
  out.gid = u.gid;
  out.username = u.username;
  out.homedir = u.homedir;
  out.shell = u.shell;
  return out;
}

function networkInterfaces() { return {}; }

function getPriority(pid) {
  if (pid !== undefined && typeof pid !== 'number') {
    throw errors.invalidArgType('pid', 'number', pid);
  }
  return 0;
}

function setPriority() {
  throw errors.makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
    'The setPriority() method is not implemented');
}

function nullProto(obj) {
  var out = Object.create(null);
  for (var k in obj) out[k] = obj[k];
  return out;
}

var signals = nullProto({
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31
});

// this system's <errno.h>, generated at build time (tools/gen_errno.c)
var errno = nullProto(require('internal/os_errno'));

var priority = nullProto({
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20
});

var constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0,
                      RTLD_DEEPBIND: 8 }),
  errno: errno,
  signals: signals,
  priority: priority
});

module.exports = {
  arch: arch,
  availableParallelism: availableParallelism,
  cpus: cpus,
  endianness: endianness,
  freemem: freemem,
  getPriority: getPriority,
  homedir: homedir,
  hostname: hostname,
  loadavg: loadavg,
  networkInterfaces: networkInterfaces,
  platform: platform,
  release: release,
  setPriority: setPriority,
  tmpdir: tmpdir,
  totalmem: totalmem,
  type: type,
  userInfo: userInfo,
  uptime: uptime,
  version: version,
  machine: machine,
  constants: constants,
  EOL: '\n',
  devNull: '/dev/null'
};
