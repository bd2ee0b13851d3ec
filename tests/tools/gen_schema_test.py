#!/usr/bin/env python3
"""tools/gen_schema.py on good and bad schema headers: what a service's
header becomes in JS, and a clear build error (file:line) for a list the
generator cannot read.

usage: gen_schema_test.py GEN_SCHEMA.py
"""
import os
import subprocess
import sys
import tempfile

GEN = sys.argv[1]
failures = 0


def check(name, cond, detail=''):
    global failures
    print(('ok   ' if cond else 'FAIL ') + name)
    if not cond:
        failures += 1
        if detail:
            print('     ' + str(detail)[:2000])


def gen(header_text):
    d = tempfile.mkdtemp()
    h, out = os.path.join(d, 'toy.h'), os.path.join(d, 'toy.js')
    with open(h, 'w') as f:
        f.write(header_text)
    r = subprocess.run([sys.executable, GEN, h, 'toy', out], capture_output=True, text=True)
    js = open(out).read() if r.returncode == 0 else ''
    return r, js


r, js = gen('''/* a comment with X(NOT, "a list") */
#define TOY_BASE_OPS(X) X(ONE, "one") X(TWO, "two")
#define TOY_OPS(X)                                                           \\
  TOY_BASE_OPS(X)                                                            \\
  X(THREE, "three") /* spliced lists count on */
#define TOY_LIMITS(X) X(MAX, 0x10) X(MIN, -2)
#define TOY_OP_ENUM(id, name) TOY_##id,
#define NOT_A_LIST(a) ((a) + 1)
#define TOY_HANDLES(X) X(ONE, 0, 1, 0) X(TWO, 1, 0, 1)
''')
check('a good header generates', r.returncode == 0, r.stderr)
check('ops are numbered across a spliced list', 'OPS: { ONE: 0, TWO: 1, THREE: 2 }' in js, js)
check('op names are listed', 'OPS_NAMES: ["one", "two", "three"]' in js, js)
check('a spliced list is not emitted on its own', 'BASE_OPS' not in js, js)
check('values keep their numbers (hex, negative)', 'LIMITS: { MAX: 16, MIN: -2 }' in js, js)
check('a table of more than two columns is for C only', 'HANDLES' not in js, js)
check('the module names itself', js.startswith('// @module internal/schema/toy'), js)

bad = [
    ('an entry it cannot read', '#define TOY_OPS(X) X(ONE, "one") junk\n', 'cannot parse'),
    ('a value that is not a literal', '#define TOY_K(X) X(A, 1 << 4)\n', 'cannot read the value'),
    ('a list mixing names and values', '#define TOY_OPS(X) X(A, "a") X(B, 2)\n', 'mixes names and values'),
    ('a third column after a two-column entry', '#define TOY_K(X) X(A, 1) X(B, 1, 2)\n', 'more than two arguments'),
    ('an ID twice', '#define TOY_OPS(X) X(A, "a") X(A, "b")\n', 'appears twice'),
    ('a splice of an unknown list', '#define TOY_OPS(X) TOY_NOPE(X) X(A, "a")\n', 'is not a list defined above'),
]
for name, text, msg in bad:
    r, _ = gen('\n' + text)
    check('fails: ' + name, r.returncode != 0 and ':2: gen_schema:' in r.stderr and msg in r.stderr,
          r.stderr)

sys.exit(1 if failures else 0)
