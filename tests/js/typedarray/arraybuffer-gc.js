// Dropped ArrayBuffers are collected while a loop keeps making them: the
// engine weighs a buffer's bytes in its collection trigger (it counts
// objects), so 2,000 dropped 1 MiB arrays, each touched, stay far below
// their 2 GiB total. A memory bound, not a timing.
var before = process.memoryUsage().rss;
var sum = 0;
for (var i = 0; i < 2000; i++) {
	var a = new Uint8Array(1 << 20);
	for (var j = 0; j < a.length; j += 4096) a[j] = 1; // touch every page
	sum += a[4096];
	var d = new DataView(new ArrayBuffer(1 << 16));
	sum += d.getUint8(0);
}
var grown = (process.memoryUsage().rss - before) / 1048576;
console.log(sum, grown < 256 ? 'bounded' : 'grew ' + Math.round(grown) + ' MiB');
