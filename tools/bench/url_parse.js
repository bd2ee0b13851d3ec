// URL parsing throughput. Two modes (first argument):
//   url  new URL(s) of typical http(s) URLs (host, port, path, query,
//        fragment), reading href and pathname of each
//   qs   querystring.parse of typical form/query strings
// Prints `RESULT url_parse|querystring_parse <ops/s> ops/s`.
// usage: url_parse.js [url|qs] [N=200000]
'use strict';
var mode = process.argv[2] || 'url';
var N = +process.argv[3] || 200000;
var URLS = [
  'https://www.example.com/',
  'http://example.org/path/to/page.html?query=1&b=two#frag',
  'https://user:pw@api.service.io:8443/v1/items/12345?sort=desc&limit=50',
  'http://localhost:3000/static/js/app.min.js?v=1.2.3',
  'https://cdn.example.net/images/2024/photo%20one.jpg'
];
var QUERIES = [
  'a=1&b=2&c=3',
  'q=node+js+url&lang=en&page=2&sort=rel',
  'name=J%C3%BCrgen&city=M%C3%BCnchen&tags=a&tags=b&tags=c',
  'utm_source=news&utm_medium=email&utm_campaign=spring_sale&id=987654321'
];
var name = mode === 'qs' ? 'querystring_parse' : 'url_parse';
var t0 = process.hrtime(), check = 0, i;
if (mode === 'qs') {
  var qs = require('querystring');
  for (i = 0; i < N; i++) check += Object.keys(qs.parse(QUERIES[i % QUERIES.length])).length;
} else {
  for (i = 0; i < N; i++) {
    var u = new URL(URLS[i % URLS.length]);
    check += u.href.length + u.pathname.length;
  }
}
var d = process.hrtime(t0);
if (check <= 0) {
  console.log('ERROR ' + name + ' bad checksum');
  process.exitCode = 1;
} else {
  console.log('RESULT ' + name + ' ' + (N / (d[0] + d[1] / 1e9)).toFixed(0) + ' ops/s');
}
