#!/usr/bin/env python3
"""zlib interop: what muk compresses the gzip, zstd and brotli command-line
tools (and node's zlib, when node is there) decompress, and the reverse,
byte for byte; muk's zstd output equals the zstd CLI's at the same level
(the same libzstd: the frame must be identical).

usage: interop_test.py MUK
A tool that is missing is reported and skipped; muk itself failing fails
the test."""
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, 'interop.js')
failures = []


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, timeout=120, **kw)


def check(label, ok, detail=''):
    print(('ok   ' if ok else 'FAIL ') + label + (' ' + detail if detail and not ok else ''))
    if not ok:
        failures.append(label)


def muk(muk_exe, *args):
    r = run([muk_exe, SCRIPT] + [str(a) for a in args])
    return r.returncode == 0, r.stderr.decode(errors='replace')[-500:]


def inputs(tmp):
    rng = random.Random(14)
    words = ['GET', 'POST', '/index.html', '/api/v1/items', '200', '404', 'user', 'ms', 'ok']
    lines = ['%d.%d.%d.%d - %s %s %d %dms\n' % (rng.randrange(256), rng.randrange(256),
             rng.randrange(256), rng.randrange(256), rng.choice(words), rng.choice(words),
             rng.randrange(100000), rng.randrange(1000)) for _ in range(10000)]
    files = {'log': ''.join(lines).encode(), 'random': bytes(rng.randrange(256) for _ in range(200000)),
             'empty': b''}
    paths = {}
    for k, v in files.items():
        p = os.path.join(tmp, k)
        with open(p, 'wb') as f:
            f.write(v)
        paths[k] = p
    return files, paths


# CLI commands: compress (stdout), decompress (stdout)
CLIS = {
    'gzip': (['gzip', '-c'], ['gzip', '-dc']),
    'zstd': (['zstd', '-q', '-c'], ['zstd', '-q', '-dc']),
    'brotli': (['brotli', '-c'], ['brotli', '-dc']),
}


def zstd_api(muk_exe, tmp):
    data = b'hello zstd hello zstd hello zstd\n'
    src = os.path.join(tmp, 'zd')
    with open(src, 'wb') as f:
        f.write(data)
    hex1 = run(['zstd', '-q', '-c', '--no-check', src]).stdout.hex()
    hex19 = run(['zstd', '-q', '-c', '-19', src]).stdout.hex()
    r = run([muk_exe, os.path.join(HERE, 'zstd.js')])
    lines = r.stdout.decode().splitlines()
    want = {
        'hex': hex1, 'hex19': hex19, 'roundtrip': 'true', 'frames': 'abcd',
        'bad': 'Error ZSTD_error_prefix_unknown "Unknown frame descriptor"',
        'truncated': 'Error Z_BUF_ERROR "unexpected end of file"',
        'bomb': 'RangeError ERR_BUFFER_TOO_LARGE "Cannot create a Buffer larger than 1000 bytes"',
        'param key': 'RangeError ERR_ZSTD_INVALID_PARAM "abc is not a valid zstd parameter"',
        'param value': 'TypeError ERR_INVALID_ARG_TYPE "The \\"options.params[key]\\" property must '
                       'be of type number. Received type string (\'x\')"',
        'param refused': 'Error ERR_ZLIB_INITIALIZATION_FAILED "Initialization failed"',
        'flush range': 'RangeError ERR_OUT_OF_RANGE "The value of \\"options.flush\\" is out of '
                       'range. It must be >= 0 and <= 2. Received 3"',
        'nbWorkers': 'true', 'classes': 'function,true,true', 'async': 'null true',
        'pledged range': 'RangeError ERR_OUT_OF_RANGE "The value of \\"options.pledgedSrcSize\\" is '
                         'out of range. It must be >= 0 && <= 9007199254740991. Received -1"',
        'pledged integer': 'RangeError ERR_OUT_OF_RANGE "The value of \\"options.pledgedSrcSize\\" '
                           'is out of range. It must be an integer. Received 1.5"',
        'pledged type': 'TypeError ERR_INVALID_ARG_TYPE "The \\"options.pledgedSrcSize\\" property '
                        'must be of type number. Received type string (\'5\')"',
        'pledged 2^32+n wrong': 'Error ZSTD_error_srcSize_wrong "Src size is incorrect"',
        'pledged header': str(len(data)),
        'stream pledged': hex1, 'stream back': 'true', 'stream nbWorkers': 'true',
    }
    check('zstd.js exit', r.returncode == 0, r.stderr.decode()[-300:])
    for k, v in want.items():
        got = [l[len(k) + 1:] for l in lines if l.startswith(k + ' ')]
        check('zstd %s' % k, got == [v], 'got %r want %r' % (got, v))


def main():
    muk_exe = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix='muk-zlib-interop-')
    try:
        files, paths = inputs(tmp)
        node = shutil.which('node')
        for codec, (ccmd, dcmd) in CLIS.items():
            if not shutil.which(ccmd[0]):
                print('skip %s: no %s command' % (codec, ccmd[0]))
                continue
            for name, data in files.items():
                cfile = os.path.join(tmp, '%s.%s.cli' % (name, codec))
                with open(cfile, 'wb') as f:
                    f.write(run(ccmd + [paths[name]]).stdout)
                for form in ('sync', 'stream'):
                    # muk -> CLI
                    out = os.path.join(tmp, '%s.%s.%s.muk' % (name, codec, form))
                    ok, err = muk(muk_exe, 'compress', codec, form, paths[name], out)
                    check('muk %s %s %s' % (form, codec, name), ok, err)
                    if ok:
                        r = run(dcmd + [out])
                        check('%s -d of muk %s %s' % (ccmd[0], form, name),
                              r.returncode == 0 and r.stdout == data, r.stderr.decode()[-300:])
                    # CLI -> muk
                    back = os.path.join(tmp, '%s.%s.%s.back' % (name, codec, form))
                    ok, err = muk(muk_exe, 'decompress', codec, form, cfile, back)
                    check('muk %s of %s %s' % (form, ccmd[0], name), ok and open(back, 'rb').read() == data, err)
        # zstd frames identical to the CLI's (same library, checksum on as the CLI has it)
        if shutil.which('zstd'):
            for level in (1, 3, 19):
                out = os.path.join(tmp, 'log.zstd%d.muk' % level)
                ok, err = muk(muk_exe, 'compress', 'zstd', 'sync', paths['log'], out, level)
                cli = run(['zstd', '-q', '-c', '-%d' % level, paths['log']]).stdout
                check('zstd -%d byte-exact' % level, ok and open(out, 'rb').read() == cli, err)
        # the zstd API (node 20 has none to record from): bytes against the
        # CLI's, errors and the rest as Node 22.15/23.8 document them
        if shutil.which('zstd'):
            zstd_api(muk_exe, tmp)
        # node's zlib, both ways (gzip, deflate, brotli)
        if node:
            for codec in ('gzip', 'deflate', 'brotli'):
                fn = {'gzip': ('gzipSync', 'gunzipSync'), 'deflate': ('deflateSync', 'inflateSync'),
                      'brotli': ('brotliCompressSync', 'brotliDecompressSync')}[codec]
                for form in ('sync', 'stream'):
                    out = os.path.join(tmp, 'log.%s.%s.muk' % (codec, form))
                    muk(muk_exe, 'compress', codec, form, paths['log'], out)
                    r = run([node, '-e', "var z=require('zlib'),f=require('fs');"
                             "process.stdout.write(z.%s(f.readFileSync(process.argv[1])))" % fn[1], out])
                    check('node %s of muk %s' % (fn[1], form), r.stdout == files['log'])
                nfile = os.path.join(tmp, 'log.%s.node' % codec)
                run([node, '-e', "var z=require('zlib'),f=require('fs');"
                     "f.writeFileSync(process.argv[2], z.%s(f.readFileSync(process.argv[1])))" % fn[0],
                     paths['log'], nfile])
                back = os.path.join(tmp, 'log.%s.nodeback' % codec)
                ok, err = muk(muk_exe, 'decompress', codec, 'sync', nfile, back)
                check('muk of node %s' % fn[0], ok and open(back, 'rb').read() == files['log'], err)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print('%d failed' % len(failures))
        sys.exit(1)


if __name__ == '__main__':
    main()
