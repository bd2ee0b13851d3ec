#!/usr/bin/env python3
"""Configure-time helper: print files under DIR matching SUFFIX, one per line, sorted."""
import os
import sys

root, suffix = sys.argv[1], sys.argv[2]
found = []
for d, _, files in os.walk(root):
    for f in files:
        if f.endswith(suffix):
            found.append(os.path.relpath(os.path.join(d, f), root))
print('\n'.join(sorted(found)))
