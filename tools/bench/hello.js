// startup_hello: a hello world, spawn to exit (run.py's bench_startup)
console.log('hello');
