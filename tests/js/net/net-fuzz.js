// Randomized TCP conversations between a server and a client in this
// process: each phase one side acts (write, end, destroy, pause, ...), then
// both settle; every event of each socket is logged in order per phase and
// side; compared with node.
var net = require('net');
var rng = require('../lib/rng');
var ri = rng.ri, pick = rng.pick;
function pick2(b) { return ['utf8', 'latin1', 'hex', 'base64'][b]; }
var SETTLE = +(process.env.NET_FUZZ_SETTLE || 40);
var settle = require('../lib/settle').settle;

function state(s) {
  return 'rs=' + s.readyState + ' d=' + s.destroyed + ' r=' + s.readable + ' w=' + s.writable +
    ' rE=' + s.readableEnded + ' wE=' + s.writableEnded + ' wF=' + s.writableFinished +
    ' br=' + s.bytesRead + ' bw=' + s.bytesWritten + ' pend=' + s.pending;
}

function scenario(n, done) {
  // every random choice first, so a difference in behaviour can't desync them
  var sOpts = { allowHalfOpen: ri(2) === 0 };
  var cHalf = ri(2) === 0;
  var sEnc = ri(3) === 0, cEnc = ri(3) === 0;
  var nph = 3 + ri(5), phases = [];
  for (var i = 0; i < nph; i++)
    phases.push({ side: ri(2) ? 'client' : 'server', op: ri(22), a: ri(1000), b: ri(4) });
  var logs = { server: [], client: [] }, socks = {}, seen = 0;
  function probe() { return seen; }
  var server = net.createServer(sOpts);
  function watch(side, s) {
    socks[side] = s;
    var L = function (x) { seen++; logs[side].push(x); };
    // consecutive chunks are one entry: how TCP splits them is not part of the behaviour
    s.on('data', function (d) {
      seen++;
      var l = logs[side], t = (typeof d === 'string' ? 's' : 'b');
      var str = typeof d === 'string' ? d : d.toString('latin1');
      if (l.length && typeof l[l.length - 1] === 'object' && l[l.length - 1].t === t) l[l.length - 1].d += str;
      else l.push({ t: t, d: str });
    });
    ['end', 'finish', 'timeout', 'connect', 'ready'].forEach(function (ev) {
      s.on(ev, function () { L(ev); });
    });
    s.on('close', function (e) { L('close ' + e); });
    s.on('error', function (e) { L('error ' + e.code + ' ' + e.syscall); });
  }
  server.on('connection', function (s) {
    seen++;
    logs.server.push('connection');
    watch('server', s);
    if (sEnc) s.setEncoding('utf8');
  });
  server.on('close', function () { seen++; logs.server.push('server-close'); });
  var where = unixDir ? require('path').join(unixDir, 's' + n) : 0;
  server.listen(where, unixDir ? undefined : '127.0.0.1', function () {
    var c = net.connect(unixDir ? { path: where, allowHalfOpen: cHalf } :
      { port: server.address().port, host: '127.0.0.1', allowHalfOpen: cHalf });
    watch('client', c);
    if (cEnc) c.setEncoding('utf8');
    var k = 0;
    function flush(tag) {
      var show = function (l) {
        return l.map(function (x) {
          return typeof x === 'object' ? 'data ' + x.t + x.d.length + ':' + x.d.slice(0, 10) : x;
        }).join(', ');
      };
      console.log(n + ' ' + tag + ' | server: ' + show(logs.server) + ' | client: ' + show(logs.client));
      ['server', 'client'].forEach(function (side) {
        if (socks[side] && k > 0) console.log(n + '   settled ' + side + ' ' + state(socks[side]));
      });
      logs.server = []; logs.client = [];
    }
    function phase() {
      flush(k === 0 ? 'setup' : 'p' + k + ' ' + last);
      if (k === phases.length) {
        ['server', 'client'].forEach(function (side) {
          if (socks[side]) console.log(n + ' end ' + side + ' ' + state(socks[side]));
        });
        if (socks.client) socks.client.destroy();
        if (socks.server) socks.server.destroy();
        server.close(function () {
          flush('teardown');
          done();
        });
        return;
      }
      var p = phases[k++], s = socks[p.side];
      last = p.side + ' ';
      if (!s) { last += 'none'; return settle(SETTLE, probe, phase); }
      var L = function (x) { seen++; logs[p.side].push(x); };
      var str = 'x' + p.a, nostate = false, big;
      try {
        switch (p.op) {
        case 0: case 1: case 2:
          last += 'write ' + str;
          s.write(str, function (e) { L('wcb ' + (e ? e.code : '')); });
          nostate = true;
          break;
        case 3: last += 'end'; s.end(); break;
        case 4: last += 'end ' + str; s.end(str); break;
        case 5: last += 'destroy'; s.destroy(); break;
        case 6: last += 'destroy err'; s.destroy(new Error('boom')); break;
        case 7: last += 'pause'; s.pause(); break;
        case 8: last += 'resume'; s.resume(); break;
        case 9: last += 'destroySoon'; s.destroySoon(); break;
        case 10: last += 'resetAndDestroy'; s.resetAndDestroy(); break;
        case 11: last += 'server.close'; server.close(function (e) { seen++; logs.server.push('close-cb ' + (e ? e.code : '')); }); break;
        case 12: last += 'setTimeout'; s.setTimeout(5, function () { L('timeout-cb'); s.setTimeout(0); }); break;
        case 13: last += 'write buf'; s.write(Buffer.from(str), function (e) { L('wcb ' + (e ? e.code : '')); }); nostate = true; break;
        case 14: last += 'write big'; big = Buffer.alloc(200000 + p.a * 1000, 97 + p.b); s.write(big, function (e) { L('wcb big ' + (e ? e.code : '')); }); nostate = true; break;
        case 15: last += 'end cb'; s.end(function (e) { L('end-cb ' + (e ? e.code : '')); }); break;
        case 16: last += 'cork 2 writes'; s.cork(); s.write('a' + p.a); s.write('b' + p.b); process.nextTick(function () { s.uncork(); }); nostate = true; break;
        case 17: last += 'setEncoding'; s.setEncoding(pick2(p.b)); break;
        case 18: last += 'setNoDelay/KeepAlive'; L('nd=' + (s.setNoDelay(true) === s) + ' ka=' + (s.setKeepAlive(true, 10) === s)); break;
        case 19: last += 'write empty'; s.write('', function (e) { L('wcb0 ' + (e ? e.code : '')); }); nostate = true; break;
        case 20: last += 'unref/ref'; s.unref(); s.ref(); break;
        case 21: last += 'write+end'; s.write(str); s.end(); nostate = true; break;
        }
      } catch (e) {
        L('threw ' + (e.code || e.message));
      }
      if (!nostate) last += ' [' + state(s) + ']';
      settle(SETTLE, probe, phase);
    }
    var last = '';
    settle(SETTLE, probe, phase);
  });
}

// 'unix' first: the same conversations over Unix-domain sockets
var args = process.argv.slice(2), unixDir = null;
if (args[0] === 'unix') {
  args.shift();
  var fs = require('fs');
  unixDir = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'muk-nf-'));
}
require('../lib/seeds').run(args, function (n, done) {
  rng.seed(n * 7919);
  scenario(n, done);
}, function () {
  if (unixDir) require('fs').rmSync(unixDir, { recursive: true });
});
