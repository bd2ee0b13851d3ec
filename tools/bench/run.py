#!/usr/bin/env python3
"""tools/bench/run.py — muk's benchmark harness.

Runs each workload under muk and under node in the same run (interleaved),
takes medians and prints one table with the ratio (oriented so that >= 1.0
always means muk is at least as good as node) and PASS/MISS against the
workload's target. A workload whose prerequisites are missing (no Promise
yet, no noop_c binary, ...) reports "n/a (reason)" instead of failing.

    python3 tools/bench/run.py [--muk PATH] [--node PATH] [--runs N]
                               [--only NAME[,NAME...]] [--json FILE]

Speed is measured here, never asserted in a test. See tools/bench/README.md.
"""

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
NCPU = len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else (os.cpu_count() or 1)

# the other runtimes the crypto and zlib rows report (issues 13 and 14)
ALSO = ('bun', 'deno')
HTTP_ALSO = ('bun', 'nginx')
# arguments a runtime needs before the script (the scripts are CommonJS)
RUNTIME_ARGS = {'deno': ['run', '-A', '--unstable-detect-cjs']}

# direction: 'higher' (throughput: ratio = muk/node) or 'lower' (time,
# memory: ratio = node/muk). Either way a ratio >= 1.0 means muk is at least
# as good as node.
# target: ('ratio', x)  PASS if ratio >= x
#         ('max', x)    PASS if muk median <= x (in the workload's unit)
#         ('min', x)    PASS if muk median >= x
WORKLOADS = [
    dict(name='startup_wall', kind='startup', unit='ms', direction='lower',
         target=('max', 1.0),
         what='empty script, spawn to exit (median of --startup-runs)'),
    dict(name='startup_hello', kind='startup', unit='ms', direction='lower',
         target=('max', 1.5),
         what="console.log('hello'), spawn to exit (median of --startup-runs)"),
    dict(name='startup_rss', kind='startup', unit='MiB', direction='lower',
         target=('max', 2.0),
         what='empty script, peak RSS of the child (ru_maxrss)'),
    dict(name='timers_fanout', kind='js', script='timers_fanout.js', args=['100000'],
         unit='ops/s', direction='higher', target=('ratio', 1.0),
         what='100k setTimeout(cb, 0..10 ms), all firing'),
    dict(name='uv_timers', kind='cmd', binary='tools/bench/uv_baseline', args=['timers', '100000'],
         unit='ops/s', direction='higher', target=None,
         what='timers_fanout in plain C on libuv, one uv_timer_t per timer (limit)'),
    dict(name='immediate_chain', kind='js', script='immediate_chain.js', args=['200000'],
         unit='ops/s', direction='higher', target=('ratio', 1.0),
         what='200k chained setImmediate'),
    dict(name='uv_immediate', kind='cmd', binary='tools/bench/uv_baseline', args=['immediate', '200000'],
         unit='ops/s', direction='higher', target=None,
         what='immediate_chain in plain C on libuv, a uv_check_t per loop turn (limit)'),
    dict(name='promise_chain', kind='js', script='promise_chain.js', args=['chain', '1000000'],
         unit='ops/s', direction='higher', target=('min', 1e6), jitless=True,
         what='1M links p = p.then(f)'),
    dict(name='promise_resolve', kind='js', script='promise_chain.js',
         args=['resolve', '1000000'], unit='ops/s', direction='higher', target=('min', 1e6),
         jitless=True, what='1M x Promise.resolve(i).then(f)'),
    dict(name='url_parse', kind='js', script='url_parse.js', args=['url', '200000'],
         unit='ops/s', direction='higher', target=None,
         what='200k new URL(s) of typical http(s) URLs, reading href and pathname'),
    dict(name='http_client_get', kind='js', script='http_client_get.js', args=['20000'],
         unit='req/s', direction='higher', target=('ratio', 1.0),
         what='http client: 20k sequential keep-alive GETs against http_server.js under node (BENCH_NODE)'),
    dict(name='querystring_parse', kind='js', script='url_parse.js', args=['qs', '200000'],
         unit='ops/s', direction='higher', target=None,
         what='200k querystring.parse of typical query strings'),
    # Compute rows (issue 15): also run under `node --jitless` (V8's
    # interpreter), shown in the jitless column with muk's ratio to it.
    dict(name='string_build', kind='js', script='string_build.js', args=['1000000'],
         unit='ops/s', direction='higher', target=('ratio', 0.5), jitless=True,
         what="1M s += 'x' in a loop, then one read (appends/s)"),
    dict(name='array_push', kind='js', script='array_push.js', args=['1000000', '5'],
         unit='ops/s', direction='higher', target=None, jitless=True,
         what='5 arrays of 1M a.push(i) each (pushes/s)'),
    # Memory rows (issue 15 item 6): the _rss row is the one with a target,
    # the peak RSS (ru_maxrss via spawnstat) at or under node's.
    dict(name='mem_then_chain', kind='js', script='mem_then_chain.js', args=['1000000'],
         unit='ops/s', direction='higher', target=None, rss='mem_then_chain_rss',
         what='1M links p = p.then(f) built in one loop, then waited for (links/s)'),
    dict(name='mem_then_chain_rss', kind='derived', unit='MiB', direction='lower', target=('ratio', 1.0),
         what='peak RSS (ru_maxrss via spawnstat) of the mem_then_chain runs'),
    dict(name='mem_promise_all', kind='js', script='mem_promise_all.js', args=['2000000'],
         unit='ops/s', direction='higher', target=None, rss='mem_promise_all_rss',
         what='2M pending new Promise, one Promise.all over them, all resolved (promises/s)'),
    dict(name='mem_promise_all_rss', kind='derived', unit='MiB', direction='lower', target=('ratio', 1.0),
         what='peak RSS (ru_maxrss via spawnstat) of the mem_promise_all runs'),
    dict(name='mem_closures', kind='js', script='mem_closures.js', args=['2000000'],
         unit='ops/s', direction='higher', target=None, rss='mem_closures_rss',
         what='2M closures linked in a list (each captures the one before), all alive (closures/s)'),
    dict(name='mem_closures_rss', kind='derived', unit='MiB', direction='lower', target=('ratio', 1.0),
         what='peak RSS (ru_maxrss via spawnstat) of the mem_closures runs'),
    dict(name='compute_fib', kind='js', script='compute.js', args=['fib', '27'],
         unit='ops/s', direction='higher', target=('jitless', 1.0), jitless=True,
         what='recursive fib(27) (calls/s)'),
    dict(name='compute_objects', kind='js', script='compute.js', args=['objects', '300000'],
         unit='ops/s', direction='higher', target=('jitless', 1.0), jitless=True,
         what='300k objects of 6 properties from a constructor, read, updated, 3 prototype method calls each (objects/s)'),
    dict(name='compute_closures', kind='js', script='compute.js', args=['closures', '1000000'],
         unit='ops/s', direction='higher', target=('jitless', 1.0), jitless=True,
         what='1M closures made by an IIFE and called once each (closures/s)'),
    dict(name='compute_emitter', kind='js', script='compute.js', args=['emitter', '300000'],
         unit='ops/s', direction='higher', target=('jitless', 1.0), jitless=True,
         what='300k EventEmitter emits with 3 args to 2 listeners (emits/s)'),
    dict(name='compute_json', kind='js', script='compute.js', args=['json', '10'],
         unit='MiB/s', direction='higher', target=('jitless', 1.0), jitless=True,
         what='JSON.parse then JSON.stringify of a 1.06 MiB document, 10 times (MiB/s of document)'),
    dict(name='buffer_codec', kind='js', script='buffer_codec.js', args=['64'],
         unit='MiB/s', direction='higher', target=('ratio', 0.5),
         what='hex + base64 encode and decode of a 64 MiB Buffer'),
    dict(name='fs_readfile', kind='js', script='fs_readfile.js', args=['{big256}', '4'],
         unit='MiB/s', direction='higher', target=('ratio', 1.15), baseline='read_c',
         what='fs.readFile of a 256 MiB file, 4 times (page cache warm)'),
    dict(name='read_c', kind='cmd', binary='tools/bench/read_c', args=['{big256}', '4'],
         unit='MiB/s', direction='higher', target=None,
         what='fs_readfile in plain C: open, fstat, malloc, read(2) to the end (limit)'),
    dict(name='fs_small_files', kind='js', script='fs_small_files.js', args=['{small}', '20000', '64'],
         unit='ops/s', direction='higher', target=('ratio', 3.0),
         baseline='small_files_c',
         what='20k small files, fs.stat + fs.readFile each, 64 files in flight (files/s)'),
    dict(name='small_files_c', kind='cmd', binary='tools/bench/small_files_c',
         args=['{small}', '20000', '1'], unit='ops/s', direction='higher', target=None,
         what='fs_small_files in plain C, one thread: stat, open, fstat, read, close (limit)'),
    dict(name='small_files_c_par', kind='cmd', binary='tools/bench/small_files_c',
         args=['{small}', '20000', str(NCPU)], unit='ops/s', direction='higher', target=None,
         what='the same on one thread per CPU, no hand-off (what the machine can do)'),
    dict(name='fs_stream_copy', kind='js', script='fs_stream_copy.js', args=['{big1g}', '{tmp}/copy'],
         unit='MiB/s', direction='higher', target=('ratio', 1.0), rss='fs_stream_copy_rss',
         what='createReadStream(1 GiB).pipe(createWriteStream), 64 KiB chunks'),
    dict(name='fs_stream_copy_rss', kind='derived', unit='MiB', direction='lower', target=('max', 64.0),
         what='peak RSS (ru_maxrss via spawnstat) of the fs_stream_copy runs'),
    dict(name='stdin_copy', kind='stdin', script='stdin_copy.js', input='{big1g}',
         unit='MiB/s', direction='higher', target=('ratio', 1.0), rss='stdin_copy_rss',
         what='cat 1 GiB | runtime stdin_copy.js | reader: process.stdin.pipe(process.stdout)'),
    dict(name='stdin_copy_rss', kind='derived', unit='MiB', direction='lower', target=('max', 64.0),
         what='peak RSS (VmHWM) of the runtime in the stdin_copy runs'),
    dict(name='readline_lines', kind='js', script='readline_lines.js', args=['{log1g}'],
         unit='lines/s', direction='higher', target=('ratio', 1.0), rss='readline_lines_rss',
         what="readline.createInterface over createReadStream(1 GiB of log lines), 'line' events"),
    dict(name='readline_lines_rss', kind='derived', unit='MiB', direction='lower', target=('max', 64.0),
         what='peak RSS (ru_maxrss via spawnstat) of the readline_lines runs'),
    dict(name='noop_js', kind='js', script='noop_calls.js', args=['noop_js', '64', '2'],
         unit='ops/s', direction='higher', target=('min', 0.5e6), node=False,
         what="require('muk').call('sys','noop') in process, 64 in flight, ~2 s"),
    dict(name='noop_c', kind='cmd', binary='tools/bench/noop_c', args=[],
         unit='ops/s', direction='higher', target=('min', 3e6),
         what='no-op round trips driven from C (KERNEL engineer\'s noop_c)'),
    dict(name='noop_ipc_c', kind='cmd', binary='tools/bench/noop_ipc', args=[],
         unit='ops/s', direction='higher', target=None,
         what='no-op round trips over ipc:// from C (TRANSPORT engineer\'s noop_ipc)'),
    dict(name='noop_ipc_js', kind='js', script='noop_calls.js', args=['noop_ipc_js', '64', '2'],
         unit='ops/s', direction='higher', target=None, node=False, ipc=True,
         what="muk.call over --service sys=ipc:// to a muk-serviced, 64 in flight, ~2 s"),
    # The wire's security (docs/wire.md v2): the same round trips with a key
    # (HMAC-SHA-256 tags) and encrypted (AES-256-GCM), as ratios to plain.
    dict(name='noop_ipc_c_auth', kind='cmd', binary='tools/bench/noop_ipc', args=['-', '2', 'auth', 'ipc'],
         unit='ops/s', direction='higher', target=None, baseline='noop_ipc_c', baseline_target=0.9,
         what='noop_ipc_c with a shared key: every frame tagged'),
    dict(name='noop_ipc_c_enc', kind='cmd', binary='tools/bench/noop_ipc', args=['-', '2', 'enc', 'ipc'],
         unit='ops/s', direction='higher', target=None, baseline='noop_ipc_c', baseline_target=0.75,
         what='noop_ipc_c encrypted (muk-serviced --encrypt)'),
    # Batching (docs/wire.md "Batches"): the same round trips with every
    # message in its own nanomsg message (MUK_WIRE_BATCH=0 at both ends).
    dict(name='noop_ipc_c_nobatch', kind='cmd', binary='tools/bench/noop_ipc',
         args=['-', '2', 'plain', 'ipc', 'nobatch'], unit='ops/s', direction='higher', target=None,
         what='noop_ipc_c with batching off at both ends (MUK_WIRE_BATCH=0)'),
    dict(name='noop_tcp_c_nobatch', kind='cmd', binary='tools/bench/noop_ipc',
         args=['-', '2', 'plain', 'tcp', 'nobatch'], unit='ops/s', direction='higher', target=None,
         what='noop_tcp_c with batching off at both ends (MUK_WIRE_BATCH=0)'),
    dict(name='noop_tcp_c', kind='cmd', binary='tools/bench/noop_ipc', args=['-', '2', 'plain', 'tcp'],
         unit='ops/s', direction='higher', target=None,
         what='no-op round trips over tcp://127.0.0.1 from C, no key'),
    dict(name='noop_tcp_c_auth', kind='cmd', binary='tools/bench/noop_ipc', args=['-', '2', 'auth', 'tcp'],
         unit='ops/s', direction='higher', target=None, baseline='noop_tcp_c', baseline_target=0.9,
         what='noop_tcp_c with a shared key'),
    dict(name='noop_tcp_c_enc', kind='cmd', binary='tools/bench/noop_ipc', args=['-', '2', 'enc', 'tcp'],
         unit='ops/s', direction='higher', target=None, baseline='noop_tcp_c', baseline_target=0.75,
         what='noop_tcp_c encrypted'),
    dict(name='fs_small_files_remote', kind='js', script='fs_small_files.js', args=['{small}', '20000', '64'],
         unit='ops/s', direction='higher', target=None, node=False, remote=('fs', 'plain'),
         what='fs_small_files with fs in a muk-serviced over ipc://, no key (files/s)'),
    dict(name='fs_small_files_remote_auth', kind='js', script='fs_small_files.js',
         args=['{small}', '20000', '64'], unit='ops/s', direction='higher', target=None, node=False,
         remote=('fs', 'auth'), baseline='fs_small_files_remote', baseline_target=0.9,
         what='fs_small_files_remote with a shared key'),
    dict(name='fs_small_files_remote_enc', kind='js', script='fs_small_files.js',
         args=['{small}', '20000', '64'], unit='ops/s', direction='higher', target=None, node=False,
         remote=('fs', 'enc'), baseline='fs_small_files_remote', baseline_target=0.75,
         what='fs_small_files_remote encrypted'),
    # The wire's zstd (docs/wire.md "payload and compression"): fs in a
    # muk-serviced over tcp://127.0.0.1, compression on (both ends, the
    # default) and off (MUK_WIRE_COMPRESS=0 + --no-compress), interleaved in
    # one workload; the on row's ratio is on/off. MUK_WIRE_ZSTD_LEVEL and
    # MUK_WIRE_ZSTD_MIN in run.py's environment reach both ends (tuning).
    dict(name='wire_readfile_log', kind='wire', script='fs_readfile.js', args=['{log32}', '4'],
         unit='MiB/s', direction='higher', target=None, rows=('wire_readfile_log', 'wire_readfile_log_raw'),
         baseline='wire_readfile_log_raw',
         what='remote fs.readFile of 32 MiB log-like text over tcp:// loopback, zstd on'),
    dict(name='wire_readfile_log_raw', kind='derived', unit='MiB/s', direction='higher', target=None,
         what='the same, compression off at both ends'),
    dict(name='wire_readfile_rand', kind='wire', script='fs_readfile.js', args=['{rand32}', '4'],
         unit='MiB/s', direction='higher', target=None, rows=('wire_readfile_rand', 'wire_readfile_rand_raw'),
         baseline='wire_readfile_rand_raw',
         what='remote fs.readFile of 32 MiB random bytes over tcp:// loopback, zstd on'),
    dict(name='wire_readfile_rand_raw', kind='derived', unit='MiB/s', direction='higher', target=None,
         what='the same, compression off at both ends'),
    # A reply of 256 MiB: chunked (docs/wire.md "Chunked payloads").
    dict(name='remote_readfile_256', kind='wire', script='fs_readfile.js', args=['{log256}', '2'],
         unit='MiB/s', direction='higher', target=None,
         rows=('remote_readfile_256', 'remote_readfile_256_raw'), baseline='remote_readfile_256_raw',
         what='remote fs.readFile of 256 MiB log-like text over tcp:// loopback (chunked), zstd on'),
    dict(name='remote_readfile_256_raw', kind='derived', unit='MiB/s', direction='higher', target=None,
         what='the same, compression off at both ends'),
    dict(name='wire_small_files', kind='wire', script='fs_small_files.js', args=['{small}', '20000', '64'],
         unit='ops/s', direction='higher', target=None, rows=('wire_small_files', 'wire_small_files_raw'),
         baseline='wire_small_files_raw',
         what='fs_small_files with fs remote over tcp:// loopback, zstd on'),
    dict(name='wire_small_files_raw', kind='derived', unit='ops/s', direction='higher', target=None,
         what='the same, compression off at both ends'),
    # Several endpoints (docs/architecture.md "Several endpoints"): fs in two
    # keyed muk-serviceds on tcp://127.0.0.1, bound as fs=URL1,URL2, against
    # the first alone, interleaved; the two-endpoint row's ratio is two/one.
    dict(name='fs_small_files_remote_two', kind='multi', script='fs_small_files.js',
         args=['{small}', '20000', '64'], unit='ops/s', direction='higher', target=None,
         rows=('fs_small_files_remote_two', 'fs_small_files_remote_one'),
         baseline='fs_small_files_remote_one',
         what='fs_small_files with fs over two keyed endpoints (tcp:// loopback), balanced'),
    dict(name='fs_small_files_remote_one', kind='derived', unit='ops/s', direction='higher',
         target=None, what='the same over one of them'),
    # NET-2: TCP echo (echo_server.js under muk and node, echo_c = the limit),
    # driven by echo_load (50 connections, 64-byte ping-pong, 1 s warm-up + 5 s).
    # One 'echo' workload runs all four servers interleaved and fills the
    # derived rows; muk = net on its own I/O thread, *_inline = --service net=inline.
    dict(name='echo_pinned', kind='echo', pinned=True, unit='ops/s', direction='higher',
         target=('ratio', 1.4), baseline='echo_c_pinned', baseline_target=0.85,
         rows=('echo_pinned', 'echo_inline_pinned', 'echo_c_pinned', 'echo_rss'),
         what='TCP echo, 50 conns x 64 B ping-pong, server taskset -c 0, load -c 1 (net thread)'),
    dict(name='echo_inline_pinned', kind='derived', unit='ops/s', direction='higher',
         target=('ratio', 1.4), baseline='echo_c_pinned', baseline_target=0.85,
         what='the same, muk --service net=inline'),
    dict(name='echo_c_pinned', kind='derived', unit='ops/s', direction='higher', target=None,
         what='the same against echo_c, a plain libuv echo server (limit)'),
    dict(name='echo', kind='echo', pinned=False, unit='ops/s', direction='higher',
         target=('ratio', 1.4), baseline='echo_c', baseline_target=0.85,
         rows=('echo', 'echo_inline', 'echo_c', 'echo_rss'),
         what='TCP echo as echo_pinned, unpinned (net thread)'),
    dict(name='echo_inline', kind='derived', unit='ops/s', direction='higher',
         target=('ratio', 1.4), baseline='echo_c', baseline_target=0.85,
         what='the same unpinned, muk --service net=inline'),
    dict(name='echo_c', kind='derived', unit='ops/s', direction='higher', target=None,
         what='the same unpinned against echo_c (limit)'),
    dict(name='echo_rss', kind='derived', unit='MiB', direction='lower', target=None,
         what='peak RSS (VmHWM) of the muk (net thread) and node echo servers, all echo runs'),
    # Issue 16's cluster: echo_load against cluster_echo.js with 2 workers
    # and with 1, muk and node interleaved; *_scale is 2 workers over 1 per
    # round. Unpinned: the two workers need two cores (the load shares them).
    dict(name='echo_cluster2', kind='cluster', unit='ops/s', direction='higher', target=None,
         rows=('echo_cluster2', 'echo_cluster1', 'echo_cluster_scale'),
         what='TCP echo as echo, a cluster of 2 workers on one port (muk SO_REUSEPORT, node round-robin)'),
    dict(name='echo_cluster1', kind='derived', unit='ops/s', direction='higher', target=None,
         what='the same with 1 worker'),
    dict(name='echo_cluster_scale', kind='derived', unit='x', direction='higher', target=None,
         what='2 workers over 1 (per-round pairs): muk against node\'s scaling'),
    # Issue 18: net in a muk-serviced (--service net=ipc://...) against net
    # in process, the same echo_load run, interleaved per round; *_ratio is
    # remote over local per round. The muk column is muk; node has no
    # remote net.
    dict(name='echo_remote', kind='echo_remote', unit='ops/s', direction='higher', target=None,
         rows=('echo_remote', 'echo_remote_local', 'echo_remote_ratio'),
         what='TCP echo as echo, the sockets in a muk-serviced (--service net=ipc://)'),
    dict(name='echo_remote_local', kind='derived', unit='ops/s', direction='higher', target=None,
         what='the same with net in process (net thread), same rounds'),
    dict(name='echo_remote_ratio', kind='derived', unit='x', direction='higher', target=None,
         what='remote over local (per-round pairs)'),
    dict(name='stream_1g', kind='stream', unit='MiB/s', direction='higher', target=('ratio', 1.0),
         baseline='stream_1g_c', rows=('stream_1g', 'stream_1g_inline', 'stream_1g_c'),
         what='one connection writes 1 GiB to the echo server and reads it back (net thread)'),
    dict(name='stream_1g_inline', kind='derived', unit='MiB/s', direction='higher',
         target=('ratio', 1.0), baseline='stream_1g_c',
         what='the same, muk --service net=inline'),
    dict(name='stream_1g_c', kind='derived', unit='MiB/s', direction='higher', target=None,
         what='the same against echo_c (limit)'),
    # --- http: wrk (Debian's) against http_server.js (hello: keep-alive
    # GETs of "hello world"); server taskset -c 0, wrk -c 1; muk thread,
    # muk inline, node, and bun and nginx when given (--bun, --nginx:
    # Debian's nginx, one process, `return 200` the C reference) interleaved
    # in one run. The targets against bun and nginx are issue 17's.
    dict(name='http_hello', kind='http', unit='req/s', direction='higher', target=('ratio', 1.0),
         rows=('http_hello', 'http_hello_inline', 'http_rss'), wrk=['-t1', '-c100', '-d5s'],
         also=HTTP_ALSO, also_target={'bun': 1.0, 'nginx': 0.6},
         what='http hello world, wrk -t1 -c100 -d5s, server pinned (net thread)'),
    dict(name='http_hello_inline', kind='derived', unit='req/s', direction='higher', target=('ratio', 1.0),
         what='the same, muk --service net=inline'),
    dict(name='http_rss', kind='derived', unit='MiB', direction='lower', target=('ratio', 2.0),
         what='peak RSS (VmHWM) of the muk (net thread) and node http servers, http_hello (target: half of node)'),
    dict(name='http_pipeline16', kind='http', unit='req/s', direction='higher', target=('ratio', 1.0),
         rows=('http_pipeline16', 'http_pipeline16_inline'), also=HTTP_ALSO,
         wrk=['-t1', '-c100', '-d5s', '-s', os.path.join(HERE, 'wrk_pipeline.lua')],
         what='the same with 16 requests pipelined per connection (wrk_pipeline.lua)'),
    dict(name='http_pipeline16_inline', kind='derived', unit='req/s', direction='higher', target=('ratio', 1.0),
         what='the same, muk --service net=inline'),
    dict(name='http_json', kind='http', mode='json', unit='req/s', direction='higher', target=('ratio', 1.0),
         rows=('http_json', 'http_json_inline'), wrk=['-t1', '-c100', '-d5s'], also=HTTP_ALSO,
         what='a JSON body built per request with writeHead(200, {Content-Type}) (chunked), as http_hello'),
    dict(name='http_json_inline', kind='derived', unit='req/s', direction='higher', target=('ratio', 1.0),
         what='the same, muk --service net=inline'),
    dict(name='http_post1m', kind='http', mode='echo', unit='MiB/s', direction='higher', target=('ratio', 1.0),
         rows=('http_post1m', 'http_post1m_inline'), also=('bun',),
         wrk=['-t1', '-c8', '-d5s', '-s', os.path.join(HERE, 'wrk_post1m.lua')],
         what='POST 1 MiB, req.pipe(res) echoes it (MiB/s each way), wrk -t1 -c8 -d5s (wrk_post1m.lua)'),
    dict(name='http_post1m_inline', kind='derived', unit='MiB/s', direction='higher', target=('ratio', 1.0),
         what='the same, muk --service net=inline'),
    # --- crypto hash ---
    dict(name='crypto_hash_stream', kind='js', also=ALSO, script='crypto_hash_stream.js', args=['256'],
         unit='MiB/s', direction='higher', target=None, baseline='sha256_c', baseline_target=0.95,
         what="SHA-256 of 256 MiB via createHash, update() with 64 KiB Buffer slices"),
    dict(name='sha256_c', kind='cmd', binary='tools/bench/sha256_c', args=['256'],
         unit='MiB/s', direction='higher', target=None,
         what='crypto_hash_stream in plain C: one EVP_MD_CTX, 64 KiB EVP_DigestUpdate (limit)'),
    dict(name='crypto_hash_small', kind='js', also=ALSO, script='crypto_hash_small.js', args=['hash', '200000'],
         unit='ops/s', direction='higher', target=('ratio', 1.0),
         what="createHash('sha256').update(64 B).digest('hex')"),
    dict(name='crypto_hmac_small', kind='js', also=ALSO, script='crypto_hash_small.js', args=['hmac', '200000'],
         unit='ops/s', direction='higher', target=('ratio', 1.0),
         what="createHmac('sha256', 32 B key).update(64 B).digest('hex')"),
    # --- end crypto hash ---
    # --- crypto cipher ---
    dict(name='crypto_cipher_gcm', kind='js', also=ALSO, script='crypto_cipher_gcm.js', args=['256', '64'],
         unit='MiB/s', direction='higher', target=None, baseline='crypto_cipher_c',
         baseline_target=0.9,
         what='createCipheriv aes-256-gcm, 256 MiB in 64 KiB updates + final'),
    dict(name='crypto_cipher_c', kind='cmd', binary='tools/bench/crypto_cipher_c', args=['256', '64'],
         unit='MiB/s', direction='higher', target=None,
         what='crypto_cipher_gcm in plain C: EVP_EncryptUpdate per 64 KiB, malloc\'d output (limit)'),
    # --- end crypto cipher ---
    # --- crypto keys ---
    dict(name='crypto_sign_ed25519', kind='js', also=ALSO, script='crypto_sign_ed25519.js', args=['20000'],
         unit='ops/s', direction='higher', target=None, baseline='crypto_sign_c', baseline_target=0.9,
         what='crypto.sign(null, 64 B, Ed25519 KeyObject), synchronous, 20k in a row'),
    dict(name='crypto_sign_c', kind='cmd', binary='tools/bench/crypto_sign_c', args=['20000'],
         unit='ops/s', direction='higher', target=None,
         what='the same Ed25519 signatures in a plain OpenSSL EVP loop (limit)'),
    # --- end crypto keys ---
    # --- regex (issue 15): a few MiB of log-like lines; test per line, exec
    # with groups over the whole text, replace with g and $-patterns. The
    # jitless column is node --jitless (V8's interpreter, irregexp's
    # bytecode).
    dict(name='regex_test', kind='js', script='regex.js', args=['test', '4'],
         unit='MiB/s', direction='higher', target=None, jitless=True,
         what='/^\\d{4}-\\d\\d-\\d\\dT.*\\b(ERROR|WARN)\\b/.test(line), 4 MiB of lines'),
    dict(name='regex_exec', kind='js', script='regex.js', args=['exec', '4'],
         unit='MiB/s', direction='higher', target=None, jitless=True,
         what='a /g regex with 7 groups, exec loop over 4 MiB, groups read'),
    dict(name='regex_replace', kind='js', script='regex.js', args=['replace', '4'],
         unit='MiB/s', direction='higher', target=None, jitless=True,
         what="4 MiB .replace(/(\\w+)@([\\w.]+)/g, '$2 at $1')"),
    # --- end regex ---
    # --- crypto random / kdf ---
    # PBKDF2-HMAC-SHA256, 100k iterations, 64 in flight (callback form, on the
    # crypto service's pool); the _bun row runs the same script under bun in
    # the node column (--bun PATH, or bun on PATH; n/a without it);
    # crypto_kdf_pbkdf2_c is the limit (precomputed HMAC states in plain C,
    # one thread per CPU). randomBytes(32) synchronously, in a loop.
    dict(name='crypto_kdf_pbkdf2', kind='js', also=ALSO, script='crypto_kdf_pbkdf2.js', args=['256', '100000', '64'],
         unit='ops/s', direction='higher', target=('ratio', 1.5), baseline='crypto_kdf_pbkdf2_c',
         what="crypto.pbkdf2(pw, salt, 100000, 32, 'sha256', cb), 64 in flight (keys/s)"),
    dict(name='crypto_kdf_pbkdf2_bun', kind='js', also=ALSO, script='crypto_kdf_pbkdf2.js', args=['256', '100000', '64'],
         unit='ops/s', direction='higher', target=('ratio', 1.0), versus='bun', baseline='crypto_kdf_pbkdf2_c',
         what='the same, the node column is bun (muk/bun)'),
    dict(name='crypto_kdf_pbkdf2_c', kind='cmd', binary='tools/bench/crypto_kdf_pbkdf2_c',
         args=['256', '100000', str(NCPU)], unit='ops/s', direction='higher', target=None,
         what='PBKDF2-HMAC-SHA256 100k in plain C, precomputed ipad/opad states, a thread per CPU (limit)'),
    dict(name='crypto_random_bytes', kind='js', also=ALSO, script='crypto_random_bytes.js', args=['500000', '32'],
         unit='ops/s', direction='higher', target=('ratio', 1.0),
         what='crypto.randomBytes(32) synchronously, 500k calls'),
    # --- end crypto random / kdf ---
    # --- zlib (issue 14): one-shot calls on a 256 MiB log-like file; the
    # *_c rows are the same calls on the libraries (zlib_c.c). node 20 has
    # no zstd: the zstd rows compare with the C loop only.
    dict(name='zlib_zstd1', kind='js', also=ALSO, script='zlib_codec.js', args=['zstd-c', '{log256}', '1'],
         unit='MiB/s', direction='higher', target=None, node=False, baseline='zlib_zstd1_c',
         baseline_target=0.95, what='zstdCompressSync level 1, 256 MiB log-like text, one call'),
    dict(name='zlib_zstd1_c', kind='cmd', binary='tools/bench/zlib_c', args=['zstd-c', '{log256}', '1'],
         unit='MiB/s', direction='higher', target=None,
         what='zlib_zstd1 in plain C: ZSTD_compress2 level 1, single thread (limit)'),
    dict(name='zlib_zstd1_mt', kind='js', also=ALSO, script='zlib_codec.js', args=['zstd-c', '{log256}', '1', '2'],
         unit='MiB/s', direction='higher', target=None, node=False, baseline='zlib_zstd1_c',
         baseline_target=1.6, what='the same with ZSTD_c_nbWorkers 2, against the single-thread C loop'),
    dict(name='zlib_zstd1_mt_c', kind='cmd', binary='tools/bench/zlib_c', args=['zstd-c', '{log256}', '1', '2'],
         unit='MiB/s', direction='higher', target=None, baseline='zlib_zstd1_c',
         what='zlib_zstd1_mt in plain C: ZSTD_compress2 level 1, nbWorkers 2 (the limit of the _mt row)'),
    dict(name='zlib_zstd3', kind='js', also=ALSO, script='zlib_codec.js', args=['zstd-c', '{log256}', '3'],
         unit='MiB/s', direction='higher', target=None, node=False, baseline='zlib_zstd3_c',
         baseline_target=0.95, what='zstdCompressSync level 3, 256 MiB log-like text, one call'),
    dict(name='zlib_zstd3_c', kind='cmd', binary='tools/bench/zlib_c', args=['zstd-c', '{log256}', '3'],
         unit='MiB/s', direction='higher', target=None,
         what='zlib_zstd3 in plain C: ZSTD_compress2 level 3, single thread (limit)'),
    dict(name='zlib_zstd_d', kind='js', also=ALSO, script='zlib_codec.js', args=['zstd-d', '{log256}', '3'],
         unit='MiB/s', direction='higher', target=None, node=False, baseline='zlib_zstd_d_c',
         baseline_target=0.95, what='zstdDecompressSync of the level-3 frame (MiB of output/s)'),
    dict(name='zlib_zstd_d_c', kind='cmd', binary='tools/bench/zlib_c', args=['zstd-d', '{log256}', '3'],
         unit='MiB/s', direction='higher', target=None,
         what='zlib_zstd_d in plain C: ZSTD_decompressDCtx (limit)'),
    dict(name='zlib_gzip6', kind='js', also=ALSO, script='zlib_codec.js', args=['gzip-c', '{log256}', '6'],
         unit='MiB/s', direction='higher', target=('ratio', 1.0), baseline='zlib_gzip6_c',
         what='gzipSync level 6, 256 MiB log-like text, one call'),
    dict(name='zlib_gzip6_c', kind='cmd', binary='tools/bench/zlib_c', args=['gzip-c', '{log256}', '6'],
         unit='MiB/s', direction='higher', target=None,
         what="zlib_gzip6 in plain C: Debian's zlib deflate level 6, one call (limit)"),
    dict(name='zlib_gunzip', kind='js', also=ALSO, script='zlib_codec.js', args=['gzip-d', '{log256}', '6'],
         unit='MiB/s', direction='higher', target=('ratio', 1.0), baseline='zlib_gunzip_c',
         what='gunzipSync of the level-6 stream (MiB of output/s)'),
    dict(name='zlib_gunzip_c', kind='cmd', binary='tools/bench/zlib_c', args=['gzip-d', '{log256}', '6'],
         unit='MiB/s', direction='higher', target=None,
         what="zlib_gunzip in plain C: Debian's zlib inflate, one call (limit)"),
    dict(name='zlib_gzip_small', kind='js', also=ALSO, script='zlib_small.js', args=['10000'],
         unit='ops/s', direction='higher', target=('ratio', 1.0),
         what='10,000 gzipSync of 1 KiB in a row'),
    dict(name='zlib_brotli4', kind='js', also=ALSO, script='zlib_codec.js', args=['brotli-c', '{log256}', '4'],
         unit='MiB/s', direction='higher', target=('ratio', 1.0), baseline='zlib_brotli4_c',
         what='brotliCompressSync quality 4, 256 MiB log-like text, one call'),
    dict(name='zlib_brotli4_c', kind='cmd', binary='tools/bench/zlib_c', args=['brotli-c', '{log256}', '4'],
         unit='MiB/s', direction='higher', target=None,
         what='zlib_brotli4 in plain C: BrotliEncoderCompress quality 4 (limit)'),
    # --- end zlib ---
    # --- child_process (issue 16): children spawned through the proc service
    dict(name='child_spawn', kind='js', script='child_spawn.js', args=['spawn', '2000', '16'],
         unit='ops/s', direction='higher', target=('ratio', 1.5), baseline='child_spawn_c_posix',
         what="spawn('/bin/true', {stdio: 'ignore'}) to 'exit', 16 in flight"),
    dict(name='child_spawn_c_uv', kind='cmd', binary='tools/bench/spawn_c', args=['uv', '2000', '16'],
         unit='ops/s', direction='higher', target=None,
         what='child_spawn in plain C: uv_spawn (fork) of /bin/true, 16 in flight (what node does)'),
    dict(name='child_spawn_c_posix', kind='cmd', binary='tools/bench/spawn_c', args=['posix', '2000', '16'],
         unit='ops/s', direction='higher', target=None,
         what='child_spawn in plain C: posix_spawn (vfork) of /bin/true + wait4, 16 in flight (limit)'),
    dict(name='child_exec', kind='js', script='child_spawn.js', args=['exec', '1000', '16'],
         unit='ops/s', direction='higher', target=('ratio', 1.5),
         what="exec('echo hi') to its callback, 16 in flight"),
    # --- end child_process ---
]


# ---------------------------------------------------------------- helpers

def log_like(path, mib):
    """MIB MiB of access-log lines (the zlib rows' input): 16 MiB of
    distinct lines from a fixed seed, repeated (further apart than the
    codecs' windows at the levels measured)."""
    import random
    rng = random.Random(14)
    paths = ['/', '/index.html', '/api/v1/items', '/api/v1/users', '/static/app.js', '/login']
    agents = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/7.88.1', 'Go-http-client/1.1']
    lines, size = [], 0
    while size < 16 << 20:
        line = '10.%d.%d.%d - - [07/Dec/2026:04:%02d:%02d +0000] "%s %s?id=%d HTTP/1.1" %d %d "-" "%s"\n' % (
            rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(60),
            rng.randrange(60), rng.choice(['GET', 'GET', 'POST']), rng.choice(paths),
            rng.randrange(100000), rng.choice([200, 200, 200, 304, 404]), rng.randrange(50000),
            rng.choice(agents))
        lines.append(line)
        size += len(line)
    block = ''.join(lines).encode()[:16 << 20]
    with open(path, 'wb') as f:
        for _ in range(mib // 16):
            f.write(block)


class Fixtures:
    """Files the fs workloads read, created on first need under one temp dir
    and removed at the end: {big256} (256 MiB), {big1g} (1 GiB), {small}
    (a directory of 20,000 files of 100-999 bytes), {tmp} (the dir)."""

    def __init__(self):
        self.dir = None
        self.made = {}

    def _path(self, key):
        if self.dir is None:
            self.dir = tempfile.mkdtemp(prefix='muk-bench-fs-')
        if key in self.made:
            return self.made[key]
        pattern = bytes((i * 7 + (i >> 8)) & 255 for i in range(1 << 20))
        path = os.path.join(self.dir, key)
        if key in ('big256', 'big1g'):
            with open(path, 'wb') as f:
                for _ in range(256 if key == 'big256' else 1024):
                    f.write(pattern)
        elif key == 'log256':
            log_like(path, 256)
        elif key == 'log32':
            log_like(path, 32)
        elif key == 'log1g':
            log_like(path, 1024)
        elif key == 'rand32':
            with open(path, 'wb') as f:
                f.write(os.urandom(32 << 20))
        elif key == 'small':
            os.mkdir(path)
            for i in range(20000):
                with open(os.path.join(path, 'f%d' % i), 'wb') as f:
                    f.write(pattern[i:i + 100 + i % 900])
        elif key != 'tmp':
            raise NA('unknown fixture {%s}' % key)
        self.made[key] = self.dir if key == 'tmp' else path
        return self.made[key]

    def expand(self, argv):
        return [re.sub(r'\{(\w+)\}', lambda m: self._path(m.group(1)), a) for a in argv]

    def close(self):
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


FIXTURES = Fixtures()


class NA(Exception):
    """A workload cannot run (yet): reported as n/a (reason)."""


def fmt_num(v, unit):
    if v is None:
        return '-'
    if unit == 'ops/s':
        if v >= 1e6:
            return '%.2f M' % (v / 1e6)
        if v >= 1e3:
            return '%.1f k' % (v / 1e3)
        return '%.0f' % v
    if unit == 'ms':
        return '%.3f' % v
    if unit == 'MiB':
        return '%.2f' % v
    if unit == 'MiB/s':
        return '%.1f' % v
    if unit == 'x':
        return '%.2fx' % v
    return '%g' % v


def fmt_target(w):
    t = w.get('target')
    if t is None:
        return '(report)'
    kind, x = t
    if kind == 'ratio':
        return '>= %gx %s' % (x, w.get('versus', 'node'))
    if kind == 'jitless':
        return '>= %gx jitless' % x
    if kind == 'max':
        return '<= %s %s' % (fmt_num(x, w['unit']).strip(), w['unit'])
    return '>= %s%s' % (fmt_num(x, w['unit']).replace(' ', ''), '/s' if w['unit'] == 'ops/s' else ' ' + w['unit'])


def last_line(text):
    text = re.sub(r'\x1b\[[0-9;]*m', '', text or '')  # deno's colours
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1].strip()[:120] if lines else ''


def run_capture(cmd, timeout, env=None):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=timeout, env=env,
                           universal_newlines=True)
    except subprocess.TimeoutExpired:
        raise NA('timed out after %gs' % timeout)
    except OSError as e:
        raise NA('cannot run %s: %s' % (cmd[0], e.strerror))
    return p


RESULT_RE = re.compile(r'^RESULT\s+(\S+)\s+([0-9.eE+-]+)\s+(\S+)\s*$')
SKIP_RE = re.compile(r'^SKIP\s+(\S+)\s+(.*)$')
# noop_c / noop_ipc print `noop_c: <N>` (round trips per second); accept
# `RESULT ...` too.
COLON_RE = re.compile(r'^([A-Za-z_][\w-]*):\s+([0-9.eE+-]+)\b')


def parse_result(p, who):
    """(value) from a process's stdout, or raise NA with the reason."""
    for line in p.stdout.splitlines():
        line = line.strip()
        m = SKIP_RE.match(line)
        if m:
            raise NA(m.group(2))
        m = RESULT_RE.match(line)
        if m:
            return float(m.group(2))
    for line in p.stdout.splitlines():
        m = COLON_RE.match(line.strip())
        if m:
            return float(m.group(2))
    if p.returncode != 0:
        why = last_line(p.stderr) or last_line(p.stdout)
        if p.returncode < 0:
            raise NA('%s killed by signal %d%s' % (who, -p.returncode, (': ' + why) if why else ''))
        raise NA('%s exited %d%s' % (who, p.returncode, (': ' + why) if why else ''))
    raise NA('%s printed no RESULT line' % who)


# ---------------------------------------------------------------- startup

def spawn_python(cmd, devnull):
    """Fallback without spawnstat: wall time (s) of one run of cmd, timed in
    Python around posix_spawn + wait4. Its ru_maxrss is useless (Linux folds
    the pre-exec address space, i.e. Python's, into the child's), so None."""
    fa = [(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1),
          (os.POSIX_SPAWN_DUP2, devnull, 2)]
    t0 = time.perf_counter()
    pid = os.posix_spawn(cmd[0], cmd, os.environ, file_actions=fa)
    _, status, _ = os.wait4(pid, 0)
    t1 = time.perf_counter()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise NA('%s exited %d' % (os.path.basename(cmd[0]), code))
    return t1 - t0, None


def spawn_stat(spawnstat, cmd, timeout):
    """Wall time (s) and peak RSS (KiB) of one run of cmd, measured by the
    C launcher tools/bench/spawnstat (see spawnstat.c for why)."""
    p = run_capture([spawnstat, '-n', '1'] + cmd, timeout)
    fields = p.stdout.split()
    if p.returncode != 0 or len(fields) != 3:
        raise NA('spawnstat failed: %s' % (last_line(p.stderr) or p.returncode))
    wall_ns, rss_kib, code = (int(x) for x in fields)
    if code != 0:
        raise NA('%s exited %d' % (os.path.basename(cmd[0]), code))
    return wall_ns / 1e9, rss_kib


def bench_startup(args, results):
    script = os.path.join(HERE, 'empty.js')
    hello = os.path.join(HERE, 'hello.js')
    devnull = os.open(os.devnull, os.O_RDWR)
    cmds = {'muk': [args.muk, script], 'node': [args.node, script],
            'floor': [shutil.which('true') or '/bin/true'],
            'muk_hello': [args.muk, hello], 'node_hello': [args.node, hello]}
    spawnstat = os.path.join(build_dir_of(args.muk), 'tools', 'bench', 'spawnstat')
    if os.access(spawnstat, os.X_OK):
        spawn = lambda cmd: spawn_stat(spawnstat, cmd, args.timeout)
        launcher = 'spawnstat'
    else:
        spawn = lambda cmd: spawn_python(cmd, devnull)
        launcher = 'python posix_spawn'
        results['startup_rss']['na'] = 'no %s (needed for a true ru_maxrss)' % show(spawnstat)
    samples = {who: ([], []) for who in cmds}
    errors = {}
    try:
        for _ in range(3):  # warm the page cache
            for who, cmd in cmds.items():
                try:
                    spawn(cmd)
                except NA as e:
                    errors[who] = str(e)
        for i in range(args.startup_runs):
            order = (['muk', 'node', 'floor', 'muk_hello', 'node_hello'] if i % 2 == 0
                     else ['node', 'muk', 'floor', 'node_hello', 'muk_hello'])
            for who in order:
                if who in errors:
                    continue
                try:
                    wall, rss = spawn(cmds[who])
                except NA as e:
                    errors[who] = str(e)
                    continue
                samples[who][0].append(wall * 1e3)
                if rss is not None:
                    samples[who][1].append(rss / 1024.0)
    finally:
        os.close(devnull)
    for idx, name, suffix in ((0, 'startup_wall', ''), (1, 'startup_rss', ''),
                              (0, 'startup_hello', '_hello')):
        r = results[name]
        for who in ('muk', 'node'):
            if who + suffix in errors:
                r[who + '_na'] = errors[who + suffix]
            elif samples[who + suffix][idx]:
                r[who + '_samples'] = samples[who + suffix][idx]
        if samples['floor'][idx]:
            r['floor'] = statistics.median(samples['floor'][idx])
            r['floor_what'] = '/bin/true via ' + launcher


# ---------------------------------------------------------------- js + cmd

class IpcServer:
    """A muk-serviced hosting 'sys' on a fresh ipc:// socket, for noop_ipc_js."""

    def __init__(self, serviced, timeout=5.0, service='sys', mode='plain', tcp=False,
                 flags=()):
        self.dir = tempfile.mkdtemp(prefix='muk-bench-')
        self.service = service
        self.path = os.path.join(self.dir, service + '.ipc')
        self.url = 'ipc://' + self.path
        if tcp:
            self.port = free_port()
            self.url = 'tcp://127.0.0.1:%d' % self.port
        self.log = open(os.path.join(self.dir, 'serviced.log'), 'w+')
        self.env = {}  # for the client
        extra = list(flags)
        if mode != 'plain':  # a key, made as docs/wire.md says
            key = os.path.join(self.dir, 'key')
            with open(key, 'w') as f:
                f.write(os.urandom(32).hex() + '\n')
            os.chmod(key, 0o600)
            extra += ['--key-file', key] + (['--encrypt'] if mode == 'enc' else [])
            self.env['MUK_KEY_FILE'] = key
        self.proc = subprocess.Popen([serviced, '--service', service, '--listen', self.url,
                                      '--quiet'] + extra,
                                     stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log)
        deadline = time.monotonic() + timeout
        while not self.ready(tcp):
            if self.proc.poll() is not None:
                self.log.seek(0)
                why = last_line(self.log.read())
                self.close()
                raise NA('muk-serviced exited %d%s' % (self.proc.returncode, (': ' + why) if why else ''))
            if time.monotonic() > deadline:
                self.close()
                raise NA('muk-serviced did not create %s' % self.path)
            time.sleep(0.01)

    def ready(self, tcp):
        if not tcp:
            return os.path.exists(self.path)
        try:
            socket.create_connection(('127.0.0.1', self.port)).close()
            return True
        except OSError:
            return False

    def close(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def show(path):
    path = os.path.abspath(path)
    return os.path.relpath(path, ROOT) if path.startswith(ROOT + os.sep) else path


def build_dir_of(muk):
    # build-X/bridge/muk -> build-X
    return os.path.dirname(os.path.dirname(os.path.abspath(muk)))


results_all = {}


def bench_js(w, args, r):
    script = os.path.join(HERE, w['script'])
    runners = [('muk', args.muk)]
    versus = w.get('versus', 'node')  # the runtime in the node column
    if not w.get('node', True):
        r['node_na'] = 'no node equivalent'
    elif getattr(args, versus, None):
        runners.append(('node', getattr(args, versus)))
    else:
        r['node_na'] = 'no %s (--%s PATH)' % (versus, versus)
    for who in w.get('also', ()):  # more runtimes, reported beside the ratio
        if getattr(args, who, None):
            runners.append((who, getattr(args, who)))
        else:
            r[who + '_na'] = 'no %s (--%s PATH)' % (who, who)
    if w.get('jitless') and args.node:
        runners.append(('jitless', [args.node, '--jitless']))
    # The row's limit (a C loop) runs in the same rounds, so each round
    # gives a muk/limit pair taken under the same machine conditions: this
    # VM's speed drifts by up to 2x between minutes, which a ratio of two
    # rows measured minutes apart carries whole.
    limit = next((x for x in WORKLOADS if x['name'] == w.get('baseline') and x['kind'] == 'cmd'), None)
    if limit:
        exe = os.path.join(build_dir_of(args.muk), limit['binary'])
        if os.access(exe, os.X_OK):
            runners.append(('limit', [exe] + FIXTURES.expand(limit.get('args', []))))
    server = None
    if w.get('ipc') or w.get('remote'):
        serviced = os.path.join(build_dir_of(args.muk), 'tools', 'serviced', 'muk-serviced')
        if not os.access(serviced, os.X_OK):
            raise NA('no %s' % show(serviced))
        service, mode = w.get('remote', ('sys', 'plain'))
        server = IpcServer(serviced, service=service, mode=mode)
    try:
        for i in range(args.runs):
            order = runners if i % 2 == 0 else list(reversed(runners))
            for who, exe in order:
                if (who + '_na') in r:
                    continue
                cmd = (list(exe) if isinstance(exe, list) else [exe]) + RUNTIME_ARGS.get(who, [])
                if who == 'muk' and server:
                    cmd += ['--service', server.service + '=' + server.url]
                if who != 'limit':
                    cmd += [script] + FIXTURES.expand(w.get('args', []))
                rss = None
                if w.get('rss'):
                    spawnstat = os.path.join(build_dir_of(args.muk), 'tools', 'bench', 'spawnstat')
                    if os.access(spawnstat, os.X_OK):
                        cmd = [spawnstat, '-k', '-n', '1'] + cmd
                        rss = results_all[w['rss']]
                    else:
                        results_all[w['rss']]['na'] = 'no %s' % show(spawnstat)
                try:
                    p = run_capture(cmd, args.timeout,
                                    env=dict(os.environ, **server.env) if server else None)
                    v = parse_result(p, who)
                    if rss is not None:
                        fields = p.stdout.strip().splitlines()[-1].split()
                        rss.setdefault(who + '_samples', []).append(int(fields[1]) / 1024.0)
                except NA as e:
                    r[who + '_na'] = str(e)
                    continue
                r.setdefault(who + '_samples', []).append(v)
    finally:
        if server:
            server.close()


def bench_multi(w, args, r):
    """Rows (two, one): the same remote script against two keyed
    muk-serviceds on tcp://127.0.0.1 (fs=URL1,URL2) and against the first
    alone, alternating the order every run."""
    serviced = os.path.join(build_dir_of(args.muk), 'tools', 'serviced', 'muk-serviced')
    if not os.access(serviced, os.X_OK):
        raise NA('no %s' % show(serviced))
    rows = [results_all[n] for n in w['rows']]
    rows[1]['node_na'] = r['node_na'] = 'no node equivalent'
    servers = [IpcServer(serviced, service='fs', tcp=True, mode='auth')]
    key = servers[0].env['MUK_KEY_FILE']
    servers.append(IpcServer(serviced, service='fs', tcp=True, flags=['--key-file', key]))
    targets = [servers[0].url + ',' + servers[1].url, servers[0].url]
    script = os.path.join(HERE, w['script'])
    try:
        for i in range(args.runs):
            for j in ((0, 1) if i % 2 == 0 else (1, 0)):
                cmd = [args.muk, '--service', 'fs=' + targets[j], script] + FIXTURES.expand(w['args'])
                p = run_capture(cmd, args.timeout, env=dict(os.environ, **servers[0].env))
                rows[j].setdefault('muk_samples', []).append(parse_result(p, 'muk'))
    finally:
        for s in servers:
            s.close()


def bench_wire(w, args, r):
    """Rows (on, off): the same remote script against two muk-serviceds on
    tcp://127.0.0.1, one compressing and one not (and the client told the
    same by MUK_WIRE_COMPRESS), alternating the order every run."""
    serviced = os.path.join(build_dir_of(args.muk), 'tools', 'serviced', 'muk-serviced')
    if not os.access(serviced, os.X_OK):
        raise NA('no %s' % show(serviced))
    rows = [results_all[n] for n in w['rows']]
    rows[1]['node_na'] = r['node_na'] = 'no node equivalent'
    servers = [IpcServer(serviced, service='fs', tcp=True),
               IpcServer(serviced, service='fs', tcp=True, flags=['--no-compress'])]
    servers[1].env['MUK_WIRE_COMPRESS'] = '0'
    script = os.path.join(HERE, w['script'])
    try:
        for i in range(args.runs):
            for j in ((0, 1) if i % 2 == 0 else (1, 0)):
                s = servers[j]
                cmd = [args.muk, '--service', 'fs=' + s.url, script] + FIXTURES.expand(w['args'])
                p = run_capture(cmd, args.timeout, env=dict(os.environ, **s.env))
                rows[j].setdefault('muk_samples', []).append(parse_result(p, 'muk'))
    finally:
        for s in servers:
            s.close()


# ---------------------------------------------------------------- net (NET-2)

def free_port():
    import socket
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def vm_hwm_kib(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class EchoServer:
    """One echo server process on a fresh port; stop() returns its peak RSS (KiB)."""

    def __init__(self, cmd, timeout=10.0):
        import socket
        self.port = free_port()
        # cmd: argv to which the port is appended, or a function of the port
        argv = cmd(self.port) if callable(cmd) else cmd + [str(self.port)]
        self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                why = last_line(self.proc.stderr.read().decode('utf-8', 'replace'))
                raise NA('server exited %d%s' % (self.proc.returncode, (': ' + why) if why else ''))
            try:
                socket.create_connection(('127.0.0.1', self.port), 0.2).close()
                return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise NA('server did not listen on %d' % self.port)
            time.sleep(0.02)

    def stop(self):
        hwm = vm_hwm_kib(self.proc.pid)
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stderr.close()
        return hwm


def echo_servers(args):
    bd = build_dir_of(args.muk)
    script = os.path.join(HERE, 'echo_server.js')
    echo_c = os.path.join(bd, 'tools', 'bench', 'echo_c')
    load = os.path.join(bd, 'tools', 'bench', 'echo_load')
    if not os.access(load, os.X_OK):
        raise NA('no %s' % show(load))
    servers = [('muk', [args.muk, script]), ('muk_inline', [args.muk, '--service', 'net=inline', script]),
               ('node', [args.node, script])]
    if os.access(echo_c, os.X_OK):
        servers.append(('c', [echo_c]))
    return load, servers


def bench_net(w, args, r):
    """Runs every echo server (muk thread, muk inline, node, echo_c) against
    echo_load, interleaved, and fills the workload's rows: rows[0] gets
    muk/node, rows[1] muk inline/node, rows[2] the C server, rows[3] (if
    any) peak RSS of muk and node."""
    load, servers = echo_servers(args)
    rows = [results_all[n] for n in w['rows']]
    pin = (lambda c: ['taskset', '-c', '0'] + c) if w.get('pinned') else (lambda c: c)
    pin_load = (lambda c: ['taskset', '-c', '1'] + c) if w.get('pinned') else (lambda c: c)
    if w['kind'] == 'stream':
        tail = ['--stream', str(1 << 30)]
    else:
        tail = ['-c', '50', '-s', '64', '-w', '1', '-d', '5']
    dest = {'muk': (rows[0], 'muk'), 'muk_inline': (rows[1], 'muk'), 'node': (rows[0], 'node'),
            'c': (rows[2], 'muk')}
    for i in range(args.runs):
        order = servers if i % 2 == 0 else list(reversed(servers))
        for who, cmd in order:
            row, col = dest[who]
            if col + '_na' in row:
                continue
            try:
                srv = EchoServer(pin(cmd))
                try:
                    p = run_capture(pin_load([load, str(srv.port)] + tail), args.timeout)
                finally:
                    hwm = srv.stop()
                v = parse_result(p, 'echo_load')
            except NA as e:
                row[col + '_na'] = str(e)
                continue
            row.setdefault(col + '_samples', []).append(v)
            if who == 'node':
                rows[1].setdefault('node_samples', []).append(v)
            if len(rows) > 3 and hwm and who in ('muk', 'node'):
                rows[3].setdefault(who + '_samples', []).append(hwm / 1024.0)
    rows[2]['node_na'] = 'no node equivalent'
    if 'node_na' in rows[0]:
        rows[1]['node_na'] = rows[0]['node_na']


def bench_echo_remote(w, args, r):
    """echo_load against echo_server.js under muk with net in a muk-serviced
    and with net in process, interleaved: rows[0] remote, rows[1] local,
    rows[2] remote over local per round."""
    bd = build_dir_of(args.muk)
    load = os.path.join(bd, 'tools', 'bench', 'echo_load')
    serviced = os.path.join(bd, 'tools', 'serviced', 'muk-serviced')
    for exe in (load, serviced):
        if not os.access(exe, os.X_OK):
            raise NA('no %s' % show(exe))
    script = os.path.join(HERE, 'echo_server.js')
    rows = [results_all[n] for n in w['rows']]
    for row in rows:
        row['node_na'] = 'no node equivalent'
    server = IpcServer(serviced, service='net')
    runners = [('remote', rows[0], [args.muk, '--service', 'net=' + server.url, script]),
               ('local', rows[1], [args.muk, script])]
    try:
        for i in range(args.runs):
            got = {}
            for who, row, cmd in (runners if i % 2 == 0 else list(reversed(runners))):
                try:
                    srv = EchoServer(cmd)
                    try:
                        p = run_capture([load, str(srv.port), '-c', '50', '-s', '64', '-w', '1', '-d', '5'],
                                        args.timeout)
                    finally:
                        srv.stop()
                    v = parse_result(p, 'echo_load')
                except NA as e:
                    row['muk_na'] = str(e)
                    continue
                row.setdefault('muk_samples', []).append(v)
                got[who] = v
            if 'remote' in got and got.get('local'):
                rows[2].setdefault('muk_samples', []).append(got['remote'] / got['local'])
    finally:
        server.close()


class ClusterEchoServer(EchoServer):
    """cluster_echo.js with `workers` workers: ready when its primary prints
    'ready' (every worker listens), not at the first connect."""

    def __init__(self, cmd, workers, timeout=10.0):
        import select
        self.port = free_port()
        self.proc = subprocess.Popen(cmd + [str(self.port), str(workers)], stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if ready else b''
        if line.strip() != b'ready':
            why = 'no "ready" in %gs' % timeout if self.proc.poll() is None else \
                'server exited %d' % self.proc.returncode
            self.stop()
            raise NA(why)

    def stop(self):
        self.proc.stdout.close()
        return EchoServer.stop(self)


def bench_cluster(w, args, r):
    """echo_load against cluster_echo.js with 2 and 1 workers, muk and node
    interleaved: rows[0] 2 workers, rows[1] 1 worker, rows[2] 2 over 1."""
    bd = build_dir_of(args.muk)
    load = os.path.join(bd, 'tools', 'bench', 'echo_load')
    if not os.access(load, os.X_OK):
        raise NA('no %s' % show(load))
    script = os.path.join(HERE, 'cluster_echo.js')
    rows = [results_all[n] for n in w['rows']]
    runners = [('muk', args.muk)] + ([('node', args.node)] if args.node else [])
    for i in range(args.runs):
        got = {}
        for who, exe in (runners if i % 2 == 0 else list(reversed(runners))):
            for workers, row in ((2, rows[0]), (1, rows[1])):
                if who + '_na' in row:
                    continue
                try:
                    srv = ClusterEchoServer([exe, script], workers)
                    try:
                        p = run_capture([load, str(srv.port), '-c', '50', '-s', '64', '-w', '1', '-d', '5'],
                                        args.timeout)
                    finally:
                        srv.stop()
                    v = parse_result(p, 'echo_load')
                except NA as e:
                    row[who + '_na'] = str(e)
                    continue
                row.setdefault(who + '_samples', []).append(v)
                got[(who, workers)] = v
        for who, _ in runners:
            if (who, 1) in got and (who, 2) in got and got[(who, 1)] > 0:
                rows[2].setdefault(who + '_samples', []).append(got[(who, 2)] / got[(who, 1)])


def bench_stdin(w, args, r):
    """`cat INPUT | RUNTIME script | reader`: stdin and stdout are pipes; the
    rate is the bytes the reader got over the wall time of the runtime, the
    RSS its VmHWM, sampled until it exits."""
    import threading
    src = FIXTURES.expand([w['input']])[0]
    runners = [('muk', args.muk)] + ([('node', args.node)] if args.node else [])
    if not args.node:
        r['node_na'] = 'no node (--node PATH)'
    rss = results_all[w['rss']]
    for i in range(args.runs):
        for who, exe in (runners if i % 2 == 0 else list(reversed(runners))):
            cat = subprocess.Popen(['cat', src], stdout=subprocess.PIPE)
            t0 = time.perf_counter()
            p = subprocess.Popen([exe, os.path.join(HERE, w['script'])], stdin=cat.stdout,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            cat.stdout.close()
            got = [0]

            def reader():
                while True:
                    d = p.stdout.read1(1 << 20)
                    if not d:
                        return
                    got[0] += len(d)
            th = threading.Thread(target=reader)
            th.start()
            hwm = 0
            while p.poll() is None:
                hwm = max(hwm, vm_hwm_kib(p.pid) or 0)
                time.sleep(0.02)
            t1 = time.perf_counter()
            th.join()
            cat.wait()
            if p.returncode != 0:
                r[who + '_na'] = '%s exited %d' % (who, p.returncode)
                continue
            r.setdefault(who + '_samples', []).append(got[0] / 1048576.0 / (t1 - t0))
            rss.setdefault(who + '_samples', []).append(hwm / 1024.0)


WRK_RE = re.compile(r'^Requests/sec:\s+([0-9.]+)', re.M)


NGINX_BODY = {'hello': ('text/plain', 'hello world'), 'json': ('application/json', '{"message":"Hello, World!"}')}


def nginx_cmd(nginx, mode):
    """A function of the port: argv running Debian's nginx in the
    foreground as one process (no master) answering every request with the
    mode's fixed body, its files in a temporary directory."""
    import tempfile
    if mode not in NGINX_BODY:
        raise NA('nginx does not echo (no module for it in Debian\'s nginx-light)')
    ctype, body = NGINX_BODY[mode]

    def argv(port):
        d = tempfile.mkdtemp(prefix='muk-bench-nginx-')
        conf = os.path.join(d, 'nginx.conf')
        with open(conf, 'w') as f:
            f.write('''worker_processes 1;
daemon off;
master_process off;
pid %(d)s/nginx.pid;
error_log stderr error;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path %(d)s/body;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:%(port)d;
    location / { default_type %(ctype)s; return 200 '%(body)s'; }
  }
}
''' % dict(d=d, port=port, ctype=ctype, body=body))
        return [nginx, '-p', d, '-c', conf]
    return argv


def bench_http(w, args, r):
    """http_server.js (w['mode'], default hello) under muk (thread,
    inline), node and the row's 'also' runtimes (bun, nginx) against wrk,
    interleaved: rows[0] muk/node and the others, rows[1] muk inline/node,
    rows[2] (if any) the peak RSS of muk and node. A MiB/s row counts
    requests of 1 MiB."""
    wrk = shutil.which('wrk')
    if not wrk:
        raise NA('no wrk (setup.sh installs it)')
    script = os.path.join(HERE, 'http_server.js')
    mode = w.get('mode', 'hello')
    servers = [('muk', [args.muk, script, mode]), ('muk_inline', [args.muk, '--service', 'net=inline', script, mode]),
               ('node', [args.node, script, mode])]
    rows = [results_all[n] for n in w['rows']]
    dest = {'muk': (rows[0], 'muk'), 'muk_inline': (rows[1], 'muk'), 'node': (rows[0], 'node')}
    for who in w.get('also', ()):
        exe = getattr(args, who, None)
        if not exe:
            rows[0][who + '_na'] = 'no %s (--%s PATH)' % (who, who)
            continue
        if who == 'nginx':
            try:
                servers.append((who, nginx_cmd(exe, mode)))
            except NA as e:
                rows[0][who + '_na'] = str(e)
                continue
        else:
            servers.append((who, [exe, script, mode]))
        dest[who] = (rows[0], who)
    scale = 1.0  # MiB per request (the POST rows' body)
    for i in range(args.runs):
        order = servers if i % 2 == 0 else list(reversed(servers))
        for who, cmd in order:
            row, col = dest[who]
            if col + '_na' in row:
                continue
            try:
                srv = EchoServer(['taskset', '-c', '0'] + cmd if not callable(cmd) else
                                 (lambda c: lambda port: ['taskset', '-c', '0'] + c(port))(cmd))
                try:
                    p = run_capture(['taskset', '-c', '1', wrk] + w['wrk'] +
                                    ['http://127.0.0.1:%d/' % srv.port], args.timeout)
                finally:
                    hwm = srv.stop()
                m = WRK_RE.search(p.stdout)
                if not m:
                    raise NA('wrk: ' + (last_line(p.stderr) or last_line(p.stdout) or 'no Requests/sec'))
                v = float(m.group(1)) * (scale if w['unit'] == 'MiB/s' else 1.0)
            except NA as e:
                row[col + '_na'] = str(e)
                continue
            row.setdefault(col + '_samples', []).append(v)
            if who == 'node':
                rows[1].setdefault('node_samples', []).append(v)
            if len(rows) > 2 and hwm and who in ('muk', 'node'):
                rows[2].setdefault(who + '_samples', []).append(hwm / 1024.0)
    if 'node_na' in rows[0]:
        rows[1]['node_na'] = rows[0]['node_na']


def bench_cmd(w, args, r):
    exe = os.path.join(build_dir_of(args.muk), w['binary'])
    r['node_na'] = 'no node equivalent'
    if not os.access(exe, os.X_OK):
        raise NA('no %s yet' % show(exe))
    for _ in range(args.runs):
        p = run_capture([exe] + FIXTURES.expand(w.get('args', [])), args.timeout)
        r.setdefault('muk_samples', []).append(parse_result(p, os.path.basename(exe)))


# ---------------------------------------------------------------- report

def summarize(w, r):
    for who in ('muk', 'node', 'jitless') + tuple(w.get('also', ())):
        s = r.get(who + '_samples')
        r[who] = statistics.median(s) if s else None
    m, n, j = r['muk'], r['node'], r['jitless']
    r['ratio_jitless'] = None
    if m and j:
        r['ratio_jitless'] = m / j if w['direction'] == 'higher' else j / m
    ratio = None
    if m is not None and n is not None and m > 0 and n > 0:
        ratio = m / n if w['direction'] == 'higher' else n / m
    r['ratio'] = ratio
    t = w.get('target')
    verdict = ''
    if 'na' in r or m is None:
        verdict = 'n/a'
    elif t is None:
        verdict = 'reported'
    else:
        kind, x = t
        if kind == 'ratio':
            verdict = 'n/a' if ratio is None else ('PASS' if ratio >= x else 'MISS')
        elif kind == 'jitless':  # issue 15: at least node --jitless's speed
            rj = r['ratio_jitless']
            verdict = 'n/a' if rj is None else ('PASS' if rj >= x else 'MISS')
        elif kind == 'max':
            verdict = 'PASS' if m <= x else 'MISS'
        else:
            verdict = 'PASS' if m >= x else 'MISS'
    r['verdict'] = verdict


def paired_ratios(r):
    """muk/limit per round, when the limit ran in the same rounds as muk
    (higher-is-better rows: throughput)."""
    m, l = r.get('muk_samples') or [], r.get('limit_samples') or []
    if not m or len(m) != len(l):
        return None
    return [a / b for a, b in zip(m, l) if b > 0]


def cell_value(r, who, unit):
    if r.get(who) is not None:
        return fmt_num(r[who], unit)
    if r.get(who + '_na') == 'no node equivalent':
        return '-'
    if who + '_na' in r:
        return 'n/a'
    return '-'


def print_table(results, order):
    head = ['workload', 'muk', 'node', 'unit', 'ratio', 'jitless', 'ratio/jitless', 'target', 'result']
    rows = []
    notes = []
    for w in order:
        r = results[w['name']]
        ratio = '%.2fx' % r['ratio'] if r.get('ratio') is not None else 'n/a'
        verdict = r['verdict']
        if 'na' in r:
            verdict = 'n/a (%s)' % r['na']
        elif r.get('muk') is None and 'muk_na' in r:
            verdict = 'n/a (muk: %s)' % r['muk_na']
        elif verdict == 'n/a' and 'node_na' in r:
            verdict = 'n/a (node: %s)' % r['node_na']
        rows.append([w['name'], cell_value(r, 'muk', w['unit']), cell_value(r, 'node', w['unit']),
                     w['unit'], ratio, cell_value(r, 'jitless', w['unit']),
                     '%.2fx' % r['ratio_jitless'] if r.get('ratio_jitless') is not None else '-',
                     fmt_target(w), verdict])
        if r.get('muk') is not None and 'node_na' in r and r['node_na'] != 'no node equivalent':
            notes.append('%s: node n/a (%s)' % (w['name'], r['node_na']))
        others = []
        for who in w.get('also', ()):
            if r.get(who) and r.get('muk'):
                x = r['muk'] / r[who] if w['direction'] == 'higher' else r[who] / r['muk']
                at = w.get('also_target', {}).get(who)
                others.append('%s %s %s (muk/%s %.2fx%s)' % (who, fmt_num(r[who], w['unit']), w['unit'],
                                                             who, x, '' if at is None else ', target >= %gx: %s' % (
                                                                 at, 'PASS' if x >= at else 'MISS')))
            elif r.get('muk'):
                others.append('%s n/a (%s)' % (who, r.get(who + '_na', 'no result')))
        if others:
            notes.append('%s: %s' % (w['name'], ', '.join(others)))
        b = w.get('baseline')
        pairs = paired_ratios(r)
        if b and pairs:
            x = statistics.median(pairs)
            bt = w.get('baseline_target')
            notes.append('%s: muk / %s = %.2fx, median of %d same-round pairs (%s)%s' % (
                w['name'], b, x, len(pairs), ' '.join('%.2f' % v for v in pairs), '' if bt is None else
                ' (target >= %gx: %s)' % (bt, 'PASS' if x >= bt else 'MISS')))
        elif b and r.get('muk') and results.get(b, {}).get('muk'):
            x = r['muk'] / results[b]['muk']
            bt = w.get('baseline_target')
            notes.append('%s: muk / %s = %.2fx%s' % (w['name'], b, x, '' if bt is None else
                         ' (target >= %gx: %s)' % (bt, 'PASS' if x >= bt else 'MISS')))
        if 'floor' in r:
            notes.append('%s: floor (%s) %s %s (%s)' %
                         (w['name'], r['floor_what'], fmt_num(r['floor'], w['unit']), w['unit'],
                          'spawn+exec+exit cost, part of both columns' if w['unit'] == 'ms' else
                          "the launcher's own RSS: a reading at or below it means 'no more than this'"))
    widths = [max(len(str(x[i])) for x in rows + [head]) for i in range(len(head) - 1)]
    line = lambda cols: '  '.join(str(c).ljust(widths[i]) if i < len(widths) else str(c)
                                  for i, c in enumerate(cols)).rstrip()
    print(line(head))
    print(line(['-' * wd for wd in widths] + ['------']))
    for row in rows:
        print(line(row))
    print()
    print('ratio: muk/node for ops/s, node/muk for ms and MiB -- >= 1.0x means muk is at least as good.')
    print('jitless: node --jitless (V8 without its compilers), for the compute rows; ratio/jitless reads as ratio.')
    for n in notes:
        print('note: ' + n)


def machine_info(args):
    info = {'nproc': os.cpu_count(), 'cpu': platform.processor() or platform.machine(),
            'kernel': platform.release()}
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    info['cpu'] = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        info['nproc'] = len(os.sched_getaffinity(0))
    except AttributeError:
        pass

    def version(cmd):
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               universal_newlines=True, timeout=10)
            return p.stdout.strip().splitlines()[0] if p.stdout.strip() else '?'
        except (OSError, subprocess.TimeoutExpired):
            return 'not runnable'
    try:
        info['loadavg'] = '%.2f %.2f %.2f' % os.getloadavg()
    except OSError:
        info['loadavg'] = '?'
    info['muk'] = version([args.muk, '--version'])
    info['node'] = version([args.node, '--version'])
    try:
        rev = subprocess.run(['git', '-C', ROOT, 'describe', '--always', '--dirty'],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             universal_newlines=True, timeout=10).stdout.strip()
        info['commit'] = rev or '?'
    except (OSError, subprocess.TimeoutExpired):
        info['commit'] = '?'
    return info


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--muk', default=os.path.join(ROOT, 'build-bench', 'bridge', 'muk'),
                    help='muk binary (default build-bench/bridge/muk); noop_c, noop_ipc '
                         'and muk-serviced are taken from the same build dir')
    ap.add_argument('--node', default=shutil.which('node') or 'node', help='node binary')
    ap.add_argument('--bun', default=shutil.which('bun'),
                    help="bun binary for the rows run against bun (default: bun on PATH; n/a without)")
    ap.add_argument('--nginx', default=shutil.which('nginx') or (os.access('/usr/sbin/nginx', os.X_OK) and '/usr/sbin/nginx') or None,
                    help="nginx binary for the http rows' C reference (default: nginx on PATH or /usr/sbin/nginx; "
                         "n/a without; tools/bench/setup-extras.sh installs it)")
    ap.add_argument('--deno', default=shutil.which('deno'),
                    help="deno binary for the rows that also report deno (default: deno on PATH; n/a without)")
    ap.add_argument('--runs', type=int, default=5, help='runs per workload and runtime (default 5)')
    ap.add_argument('--startup-runs', type=int, default=50,
                    help='spawns per runtime for startup_* (default 50)')
    ap.add_argument('--only', default='', help='comma-separated workload names (prefix match)')
    ap.add_argument('--timeout', type=float, default=300, help='seconds per process (default 300)')
    ap.add_argument('--json', metavar='FILE', help='also write all samples and medians as JSON')
    ap.add_argument('--list', action='store_true', help='list the workloads and exit')
    args = ap.parse_args()

    if args.list:
        for w in WORKLOADS:
            print('%-16s %-14s %s' % (w['name'], fmt_target(w), w['what']))
        return 0
    order = WORKLOADS
    if args.only:
        want = [x.strip() for x in args.only.split(',') if x.strip()]
        order = [w for w in WORKLOADS if any(w['name'].startswith(x) for x in want)]
        extra = set(n for w in order for n in w.get('rows', ()))
        order = [w for w in WORKLOADS if w in order or w['name'] in extra]
        if not order:
            ap.error('--only %s matches no workload (see --list)' % args.only)

    info = machine_info(args)
    print('machine: %s, nproc %s, Linux %s, load %s' % (info['cpu'], info['nproc'], info['kernel'],
                                                       info['loadavg']))
    print('muk %s (%s, tree %s)   node %s' % (info['muk'], args.muk, info['commit'], info['node']))
    print('runs %d per workload and runtime, interleaved; medians%s' %
          (args.runs, '; startup %d spawns each' % args.startup_runs
           if any(w['kind'] == 'startup' for w in order) else ''))
    print()
    sys.stdout.flush()

    results = {w['name']: {} for w in WORKLOADS}
    results_all.update(results)
    if not os.access(args.muk, os.X_OK):
        for w in order:
            results[w['name']]['na'] = 'no muk binary at %s' % args.muk
    startup_done = False
    for w in order:
        r = results[w['name']]
        if 'na' in r:
            continue
        t0 = time.monotonic()
        try:
            if w['kind'] == 'startup':
                if not startup_done:
                    bench_startup(args, results)
                    startup_done = True
            elif w['kind'] == 'derived':
                pass  # filled in by the workload it belongs to
            elif w['kind'] == 'js':
                bench_js(w, args, r)
            elif w['kind'] == 'wire':
                bench_wire(w, args, r)
            elif w['kind'] == 'multi':
                bench_multi(w, args, r)
            elif w['kind'] == 'stdin':
                bench_stdin(w, args, r)
            elif w['kind'] in ('echo', 'stream'):
                bench_net(w, args, r)
            elif w['kind'] == 'cluster':
                bench_cluster(w, args, r)
            elif w['kind'] == 'echo_remote':
                bench_echo_remote(w, args, r)
            elif w['kind'] == 'http':
                bench_http(w, args, r)
            else:
                bench_cmd(w, args, r)
        except NA as e:
            r['na'] = str(e)
        if 'na' not in r and not r.get('muk_samples') and 'muk_na' in r:
            r['na'] = 'muk: ' + r['muk_na']
        sys.stderr.write('  %-16s %.1fs\n' % (w['name'], time.monotonic() - t0))
        sys.stderr.flush()
    FIXTURES.close()
    for w in order:
        summarize(w, results[w['name']])
    print()
    print_table(results, order)

    if args.json:
        out = {'machine': info, 'runs': args.runs, 'startup_runs': args.startup_runs,
               'workloads': []}
        for w in order:
            r = dict(results[w['name']])
            r.update(name=w['name'], unit=w['unit'], direction=w['direction'], what=w['what'],
                     target=list(w['target']) if w.get('target') else None)
            out['workloads'].append(r)
        with open(args.json, 'w') as f:
            json.dump(out, f, indent=2, sort_keys=True)
            f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
