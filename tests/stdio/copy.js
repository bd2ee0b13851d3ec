// stdin piped to stdout (the bench's copy): every byte, in order
process.stdin.pipe(process.stdout);
