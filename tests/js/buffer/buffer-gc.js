// Allocating and dropping 1 GiB of Buffers keeps RSS bounded: Buffer memory
// counts toward garbage collection.
var total = 0, keep = null, sizes = [1 << 20, 4096, 64 << 10, 3 << 20];
var i = 0;
while (total < 1024 * 1024 * 1024) {
  var n = sizes[i++ % sizes.length];
  var b = Buffer.alloc(n, i & 255);
  b[0] = i & 255;
  if (i % 7 === 0) keep = b.slice(1, 10);
  total += n;
}
var rss = process.memoryUsage().rss;
console.log('allocated GiB', total / (1024 * 1024 * 1024) >= 1, 'rss under 200 MiB', rss < 200 * 1024 * 1024, keep.length);
