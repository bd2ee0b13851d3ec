// JSON.parse on mutated documents (a character inserted, deleted or
// replaced, one to four times): each result or error message (V8's
// wording and position, mujs patch 0225) compared with node.
// usage: json-parse-fuzz.js SEED COUNT
var rng = require('../lib/rng');
var ri = rng.ri;
rng.seed(+process.argv[2] || 1);
var count = +process.argv[3] || 1000;
var seeds = ['{"a":[1,2.5,-3e2,true,false,null,"x\\n\\u00e9"],"b":{"c":{}}}',
  '[1,[2,[3,[4]]],"abc",{"k":"v"}]', '"hello\\tworld \\ud83d\\ude00"', '-0.5e-3',
  '{"nested":{"deep":[{"x":1},{"y":[null]}]},"long":"' + new Array(40).join('ab') + '"}',
  ' [ 0 , 10 , 1e21 , 123456789012345678 ] '];
var chars = '{}[]:,"\\ -+.eE0123456789abcdefnrtu\t\n\r\u00e9x/';
for (var i = 0; i < count; i++) {
  var s = seeds[ri(seeds.length)];
  for (var j = ri(4) + 1; j > 0; j--) {
    var p = ri(s.length + 1), op = ri(3), c = chars[ri(chars.length)];
    if (op === 0) s = s.slice(0, p) + c + s.slice(p);
    else if (op === 1) s = s.slice(0, p) + s.slice(p + 1);
    else s = s.slice(0, p) + c + s.slice(p + 1);
  }
  try { console.log('OK ' + JSON.stringify(JSON.parse(s))); } catch (e) { console.log(e.name + ': ' + e.message); }
}
