#!/usr/bin/env python3
"""Build-time generator: a service's schema header -> a JS module.

usage: gen_schema.py HEADER SERVICE OUT.js

Reads the X-macro lists of services/SERVICE/SERVICE.h, each one
  #define PREFIX_LIST(X) X(ID, value) X(ID, value) ...
(PREFIX the service's name in capitals; a list's JS name drops it), and
writes the module 'internal/schema/SERVICE' (embedded by tools/embed_js.py,
which reads the '// @module' first line):
  a list of names  X(LISTEN, "listen")  -> LIST: {LISTEN: 0, ...} (the
                   position, as the C enum counts) and LIST_NAMES: ['listen']
  a list of values X(WINDOW, 2097152)   -> LIST: {WINDOW: 2097152, ...}
A list may splice in a list defined above it by naming it as an entry:
  #define CRYPTO_OPS(X) CRYPTO_HASH_OPS(X) CRYPTO_KDF_OPS(X)
counts positions across the spliced entries (as the C enum does), and the
spliced lists are not emitted on their own (their positions would be off).
A list whose first entry has more than two arguments is a table for C only
  #define FS_HANDLES(X) X(OPEN, 0, 1, 0) ...
and is not emitted. Any other list whose entries are neither names nor
values fails the build, naming the file and line.
"""
import json
import re
import sys

DEFINE = re.compile(r'^\s*#\s*define\s+([A-Za-z_]\w*)\(\s*(\w+)\s*\)(.*)$')
NUMBER = re.compile(r'^[+-]?(0[xX][0-9a-fA-F]+|\d+)[uUlL]*$')
STRING = re.compile(r'^"((?:[^"\\]|\\.)*)"$')


def fail(path, line, msg):
    sys.stderr.write('%s:%d: gen_schema: %s\n' % (path, line, msg))
    sys.exit(1)


def strip_comments(text):
    # Comments become blanks of the same shape, so line numbers stay right.
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:[^"\\\n]|\\.)*"', lambda m: m.group(0)
                  if m.group(0).startswith('"') else blank(m), text, flags=re.S)


def parse_value(path, line, list_name, raw):
    v = raw.strip()
    m = STRING.match(v)
    if m:
        return 'name', json.loads('"%s"' % m.group(1))
    if NUMBER.match(v):
        n = re.sub(r'[uUlL]+$', '', v)
        return 'value', int(n, 0)
    fail(path, line, "%s: cannot read the value %r (a string literal or an integer)"
         % (list_name, v))


def logical_lines(text):
    """(first line number, line) with backslash-continued lines joined."""
    start, buf = None, []
    for n, line in enumerate(text.split('\n'), 1):
        if start is None:
            start = n
        if line.rstrip().endswith('\\'):
            buf.append(line.rstrip()[:-1])
            continue
        buf.append(line)
        yield start, ' '.join(buf)
        start, buf = None, []
    if buf:
        yield start, ' '.join(buf)


def parse(path, text, prefix):
    lists = []
    known = {}      # macro -> (kind, entries), for splicing
    spliced = set()
    for line, logical in logical_lines(strip_comments(text)):
        m = DEFINE.match(logical)
        if not m:
            continue
        macro, param, body = m.group(1), m.group(2), m.group(3)
        if not re.match(r'\s*[A-Za-z_]\w*\s*\(', body):
            continue
        if not re.match(r'\s*' + re.escape(param) + r'\s*\(', body):
            first = re.match(r'\s*([A-Za-z_]\w*)\s*\(\s*' + re.escape(param) + r'\s*\)', body)
            if not first or (first.group(1) not in known and
                             not (macro.startswith(prefix + '_') and
                                  first.group(1).startswith(prefix + '_'))):
                continue  # a function-like macro that is not a list
        name = macro[len(prefix) + 1:] if macro.startswith(prefix + '_') else macro
        entry = re.compile(re.escape(param) + r'\s*\(\s*([A-Za-z_]\w*)\s*,([^()]*)\)'
                           r'|([A-Za-z_]\w*)\s*\(\s*' + re.escape(param) + r'\s*\)')
        first_entry = entry.search(body)
        if (first_entry and first_entry.group(2) is not None and
                ',' in first_entry.group(2) and not STRING.match(first_entry.group(2).strip())):
            continue  # a table for C (more than two columns): not for JS
        entries, kinds, pos = [], set(), 0
        for e in entry.finditer(body):
            gap = body[pos:e.start()]
            if gap.strip():
                fail(path, line, '%s: cannot parse %r' % (macro, gap.strip()))
            pos = e.end()
            if e.group(3) is not None:  # a spliced list
                if e.group(3) not in known:
                    fail(path, line, '%s: %s is not a list defined above' % (macro, e.group(3)))
                kind, sub = known[e.group(3)]
                kinds.add(kind)
                entries.extend(sub)
                spliced.add(e.group(3))
                continue
            if ',' in e.group(2) and not STRING.match(e.group(2).strip()):
                fail(path, line, '%s: %s has more than two arguments' % (macro, e.group(1)))
            kind, value = parse_value(path, line, macro, e.group(2))
            kinds.add(kind)
            entries.append((e.group(1), value))
        if body[pos:].strip():
            fail(path, line, '%s: cannot parse %r' % (macro, body[pos:].strip()))
        if not entries:
            fail(path, line, '%s: an empty list' % macro)
        if len(kinds) != 1:
            fail(path, line, '%s: mixes names and values' % macro)
        ids = [i for i, _ in entries]
        if len(set(ids)) != len(ids):
            fail(path, line, '%s: an ID appears twice' % macro)
        known[macro] = (kinds.pop(), entries)
        lists.append((macro, name))
    return [(name,) + known[macro] for macro, name in lists if macro not in spliced]


def emit(service, header, lists):
    out = ['// @module internal/schema/%s' % service,
           '// generated by tools/gen_schema.py from %s — do not edit' % header,
           "'use strict';", '', 'module.exports = {',
           '  SERVICE: %s,' % json.dumps(service)]
    for name, kind, entries in lists:
        if kind == 'name':
            fields = ['%s: %d' % (i, n) for n, (i, _) in enumerate(entries)]
        else:
            fields = ['%s: %d' % (i, v) for i, v in entries]
        out.append('  %s: { %s },' % (name, ', '.join(fields)))
        if kind == 'name':
            out.append('  %s_NAMES: [%s],' % (name, ', '.join(json.dumps(v) for _, v in entries)))
    out[-1] = out[-1].rstrip(',')
    out.append('};')
    return '\n'.join(out) + '\n'


def main():
    if len(sys.argv) != 4:
        sys.stderr.write('usage: gen_schema.py HEADER SERVICE OUT.js\n')
        sys.exit(2)
    header, service, out = sys.argv[1:]
    if not re.match(r'^[a-z][a-z0-9_]*$', service):
        fail(header, 0, 'service name %r is not a JS module name' % service)
    with open(header) as f:
        text = f.read()
    lists = parse(header, text, service.upper())
    src = emit(service, 'services/%s/%s.h' % (service, service), lists)
    with open(out, 'w') as f:
        f.write(src)


if __name__ == '__main__':
    main()
