// stdin_copy — process.stdin piped to process.stdout (run.py feeds 1 GiB
// from cat and reads the other end; it times the copy itself)
process.stdin.pipe(process.stdout);
