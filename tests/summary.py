#!/usr/bin/env python3
"""Combine meson testlog.json files into one summary (the last lines of test.sh)."""
import json
import sys

counts = {}
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            for line in f:
                r = json.loads(line)
                counts[r['result']] = counts.get(r['result'], 0) + 1
    except OSError:
        counts['FAIL'] = counts.get('FAIL', 0) + 1
ok = counts.get('OK', 0)
fail = sum(v for k, v in counts.items() if k in ('FAIL', 'TIMEOUT', 'ERROR', 'UNEXPECTEDPASS'))
skip = counts.get('SKIP', 0) + counts.get('EXPECTEDFAIL', 0)
print('Summary of both builds:')
print('Ok:                 %d' % ok)
print('Fail:               %d' % fail)
print('Skipped:            %d' % skip)
print('%d passed, %d failed' % (ok, fail))
