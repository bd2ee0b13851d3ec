#!/usr/bin/env python3
"""Configure-time helper: print the subfolders of DIR that hold FILE, one per line, sorted."""
import os
import sys

root, marker = sys.argv[1], sys.argv[2]
print('\n'.join(sorted(d for d in os.listdir(root)
                       if os.path.isfile(os.path.join(root, d, marker)))))
