#!/usr/bin/env python3
"""Regenerate the function list of bridge/muk_layout.ld's .muk_startup_text.

usage: muk_layout.py MUK [LIBUV_A]    (MUK: a release build's bridge/muk)

Runs `valgrind --tool=callgrind MUK empty.js`, takes every function of MUK
that ran (callgrind_annotate's order: most instructions first), and adds
those the list lacks at the end of it (nothing is removed: the list serves
builds with and without the latest mujs patches; a name that no longer
exists costs nothing). libuv functions become their libuv_a.a objects
(Debian's archive has no per-function sections). Rebuild muk afterwards and
check with smaps that its r-xp mapping is back to 3 windows (192 KB); see
docs/performance.md (startup).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LD = os.path.join(HERE, 'muk_layout.ld')
EMPTY = os.path.join(HERE, '..', 'tools', 'bench', 'empty.js')
# What runs outside callgrind's view: under valgrind muk takes the thread
# path instead of switching stacks, and mujs's heap is plain malloc
# (bridge/js_alloc.c) instead of the size-class allocator.
ALWAYS = ['run_switched', 'run_switching_stack', 'run_on_big_stack', 'run', 'register_services',
          'mukjs_heap_new', 'mukjs_heap_allocator', 'heap_alloc', 'block_alloc', 'block_free',
          'block_realloc', 'block_size', 'class_of', 'in_region']


def ran_functions(muk):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'cg.out')
        # MUK_JS_MALLOC=heap: the real JS heap allocator under valgrind too
        subprocess.run(['valgrind', '--tool=callgrind', '--callgrind-out-file=' + out, muk, EMPTY],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env=dict(os.environ, MUK_JS_MALLOC='heap'))
        ann = subprocess.run(['callgrind_annotate', '--threshold=100', '--inclusive=no', out],
                             check=True, capture_output=True, text=True).stdout
    names = []
    for line in ann.splitlines():
        # "  1,234 ( 0.12%)  ???:name [object]": muk has no debug info, libc has
        m = re.match(r"\s*[\d,]+ \([ \d.]+%\)\s+\?\?\?:(\S+) \[(.*)\]$", line)
        if m and not m.group(1).startswith('0x'):
            obj = m.group(2)
            if obj in ('???', os.path.abspath(muk)) or obj.endswith('/muk'):
                names.append(m.group(1).split("'")[0])
    return names


def libuv_objects(libuv_a):
    out = subprocess.run(['nm', '-A', '--defined-only', libuv_a], check=True,
                         capture_output=True, text=True).stdout
    where = {}
    for line in out.splitlines():
        f = line.split()
        if len(f) == 3 and f[1] in ('T', 't'):
            where.setdefault(f[2], f[0].split(':')[1])
    return where


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    muk = sys.argv[1]
    libuv_a = sys.argv[2] if len(sys.argv) > 2 else '/usr/lib/x86_64-linux-gnu/libuv_a.a'
    uv = libuv_objects(libuv_a) if os.path.exists(libuv_a) else {}
    text = open(LD).read()
    start = text.index('  .muk_startup_text :\n  {\n') + len('  .muk_startup_text :\n  {\n')
    end = text.index('  }\n}\nINSERT BEFORE .text;')
    lines = text[start:end].splitlines()
    have = set(lines)
    added = []
    for name in ran_functions(muk) + ALWAYS:
        if name in uv:
            line = '    *libuv_a.a:%s(.text .text.*)' % uv[name]
        else:
            line = '    *(.text.%s .text.%s.*)' % (name, name)
        if line not in have:
            have.add(line)
            lines.append(line)
            added.append(line.strip())
    with open(LD, 'w') as f:
        f.write(text[:start] + '\n'.join(lines) + '\n' + text[end:])
    print('%d entries, %d added%s' % (len(lines), len(added),
                                       ''.join('\n  ' + a for a in added)))


if __name__ == '__main__':
    main()
