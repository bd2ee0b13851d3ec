// os: stable facts and relations (values that differ per machine are checked, not printed)
var os = require('os');

console.log('keys:', Object.keys(os).sort().join(','));
console.log('EOL:', JSON.stringify(os.EOL), 'devNull:', os.devNull, 'endianness:', os.endianness());
console.log('platform:', os.platform(), 'type:', os.type());
console.log('arch is process.arch:', os.arch() === process.arch);
console.log('release looks like a kernel version:', /^\d+\.\d+/.test(os.release()));
console.log('version is a non-empty string:', typeof os.version() === 'string' && os.version().length > 0);
console.log('machine:', typeof os.machine(), os.machine().length > 0);
var h = os.hostname();
console.log('hostname:', typeof h, h.length > 0, h.indexOf('\n') === -1);
console.log('homedir is $HOME:', os.homedir() === process.env.HOME);

var saved = [process.env.TMPDIR, process.env.TMP, process.env.TEMP];
delete process.env.TMPDIR; delete process.env.TMP; delete process.env.TEMP;
console.log('tmpdir default:', os.tmpdir());
process.env.TMPDIR = '/var/tmp/x/';
console.log('tmpdir from TMPDIR (trailing slash dropped):', os.tmpdir());
process.env.TMPDIR = '/';
console.log('tmpdir "/":', os.tmpdir());
delete process.env.TMPDIR;
process.env.TMP = '/from/tmp';
console.log('tmpdir from TMP:', os.tmpdir());
delete process.env.TMP;
process.env.TEMP = '/from/temp';
console.log('tmpdir from TEMP:', os.tmpdir());
delete process.env.TEMP;
if (saved[0] !== undefined) process.env.TMPDIR = saved[0];
if (saved[1] !== undefined) process.env.TMP = saved[1];
if (saved[2] !== undefined) process.env.TEMP = saved[2];

var cpus = os.cpus();
console.log('cpus is array:', Array.isArray(cpus), 'non-empty:', cpus.length >= 1);
console.log('availableParallelism:', typeof os.availableParallelism(), os.availableParallelism() >= 1);
var c0 = cpus[0];
console.log('cpu[0]:', typeof c0.model, typeof c0.speed, Object.keys(c0.times).sort().join(','),
  typeof c0.times.user, c0.times.idle >= 0);
var total = os.totalmem(), free = os.freemem();
console.log('memory:', typeof total, typeof free, total > 0, free > 0, free <= total);
console.log('uptime:', typeof os.uptime(), os.uptime() > 0);
var la = os.loadavg();
console.log('loadavg:', Array.isArray(la), la.length, typeof la[0], la[0] >= 0 && la[1] >= 0 && la[2] >= 0);
var u = os.userInfo();
console.log('userInfo:', typeof u.uid, typeof u.gid, typeof u.username, u.username.length > 0,
  typeof u.homedir, typeof u.shell);
console.log('userInfo proto:', Object.getPrototypeOf(u));
console.log('signals:', os.constants.signals.SIGINT, os.constants.signals.SIGTERM,
  os.constants.signals.SIGKILL, os.constants.signals.SIGHUP, os.constants.signals.SIGUSR2);
console.log('signal count:', Object.keys(os.constants.signals).length);
console.log('errno:', os.constants.errno.ENOENT, os.constants.errno.EACCES, os.constants.errno.EADDRINUSE,
  Object.keys(os.constants.errno).length);
console.log('priority:', os.constants.priority.PRIORITY_HIGH, os.constants.priority.PRIORITY_LOW);
console.log('getPriority():', os.getPriority());
try { os.getPriority('x'); } catch (e) { console.log(e.code, e.message); }
try { os.userInfo(5); } catch (e) { console.log(e.code, e.message); }
console.log('node:os is os:', require('node:os') === os);
