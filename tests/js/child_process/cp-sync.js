// spawnSync, execSync and execFileSync: results, input, encodings,
// timeout, maxBuffer and the errors Node throws or returns.
var cp = require('child_process');

function showResult(label, r) {
  console.log(label, Object.keys(r).join(','), r.status, r.signal, r.pid > 0,
    r.output && r.output.map(function (o) { return o === null ? null : JSON.stringify(String(o)); }).join(' '));
  if (r.error) console.log('  error', r.error.message, r.error.code, r.error.syscall, r.error.path, JSON.stringify(r.error.spawnargs));
}

showResult('plain', cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']));
showResult('input', cp.spawnSync('cat', { input: 'from input' }));
showResult('input buffer', cp.spawnSync('wc', ['-c'], { input: Buffer.alloc(200000, 'y') }));
var enc = cp.spawnSync('echo', ['text'], { encoding: 'utf8' });
console.log('encoding', typeof enc.stdout, JSON.stringify(enc.stdout));
showResult('stdio ignore', cp.spawnSync('echo', ['x'], { stdio: ['pipe', 'ignore', 'pipe'] }));
showResult('signal', cp.spawnSync('sh', ['-c', 'kill -9 $$']));
showResult('timeout', cp.spawnSync('sleep', ['10'], { timeout: 100 }));
showResult('maxBuffer', cp.spawnSync('sh', ['-c', 'printf 0123456789; sleep 10'], { maxBuffer: 4 }));
showResult('ENOENT', cp.spawnSync('nosuch-muk-cmd', ['a', 'b']));
showResult('shell', cp.spawnSync('echo $((1 + 2))', { shell: true }));

console.log('execSync', JSON.stringify(cp.execSync('echo exec-sync').toString()));
console.log('execSync enc', JSON.stringify(cp.execSync('echo enc', { encoding: 'utf8' })));
console.log('execSync input', JSON.stringify(cp.execSync('tr a-z A-Z', { input: 'upper' }).toString()));
try {
  cp.execSync('echo bad >&2; exit 5', { stdio: 'pipe' });
} catch (e) {
  console.log('execSync fail', JSON.stringify(e.message), e.status, e.signal, JSON.stringify(String(e.stderr)), Object.keys(e).join(','));
}
try {
  cp.execSync('sleep 10', { timeout: 100 });
} catch (e) {
  console.log('execSync timeout', e.message, e.code, e.signal, e.status);
}
console.log('execFileSync', JSON.stringify(cp.execFileSync('echo', ['f', 'g']).toString()));
try {
  cp.execFileSync('sh', ['-c', 'exit 2']);
} catch (e) {
  console.log('execFileSync fail', JSON.stringify(e.message), e.status);
}
try {
  cp.execFileSync('nosuch-muk-cmd');
} catch (e) {
  console.log('execFileSync ENOENT', e.message, e.code, e.status);
}
