// Primitive string access: length, s[i], charAt/charCodeAt, slice/substring/
// substr on ASCII, non-ASCII and astral strings, long strings scanned forward
// and back, and String.prototype additions and getters (vs node).
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
var ascii = new Array(2001).join('abcde');           // 10000 chars
var latin = new Array(2001).join('aéiöu');
var astral = new Array(1001).join('x😀y');            // 4 units per repeat
function scan(s) {
  var sum = 0, n = 0;
  for (var i = 0; i < s.length; i++) { sum = (sum * 31 + s.charCodeAt(i)) | 0; n++; }
  for (i = s.length - 1; i >= 0; i -= 7) sum = (sum * 31 + s.charCodeAt(i)) | 0;
  for (i = 0; i < s.length; i += 13) sum = (sum * 31 + (s[i] || '?').charCodeAt(0)) | 0;
  return [s.length, n, sum];
}
show('scan-ascii', scan(ascii));
show('scan-latin', scan(latin));
show('scan-astral', scan(astral));
show('index-edges', [ascii[-1], ascii[10000], latin[9999], astral[1], astral[2], astral[3], astral.charAt(2), astral.charCodeAt(3), astral[astral.length]]);
show('charAt-odd', [latin.charAt(-1), latin.charAt(1.9), latin.charCodeAt(10001), latin.charAt('3'), ascii.charAt()]);
show('slice', [latin.slice(5, 9), latin.slice(9, 5), latin.slice(-3), latin.slice(-3, -1), astral.slice(1, 3), astral.slice(2, 5), ascii.slice(9998, 20000)]);
show('substring', [latin.substring(9, 5), latin.substring(-5, 2), astral.substring(3, 1), ascii.substring(4, 4)]);
show('substr', [latin.substr(4, 3), astral.substr(-3), astral.substr(2, 1), ascii.substr(9999, 5)]);
show('short', ['hé'.length, 'hé'[1], 'h😀'.length, 'h😀'.charCodeAt(2), 'abc'.slice(1), ''.length, ''[0]]);
var big = latin + 'Z' + ascii;
show('mixed-walk', [big[10000], big.charAt(10001), big.slice(9998, 10003), big.length, big.indexOf('Z')]);
String.prototype.shout = function () { return this.toUpperCase() + '!'; };
Object.defineProperty(String.prototype, 'first', { get: function () { return typeof this + ':' + this.charAt(0); }, configurable: true });
show('prototype', ['hi'.shout(), latin.first, 'x'.first, 'abc'.nothing, typeof ascii.constructor, ascii.length === ascii['length']]);
delete String.prototype.first; delete String.prototype.shout;
show('after-delete', ['hi'.shout, 'x'.first]);
Object.prototype.fromObject = 42;
show('object-proto', ['s'.fromObject, ascii.hasOwnProperty('length'), ascii.hasOwnProperty('0'), 'ab'.propertyIsEnumerable('0')]);
delete Object.prototype.fromObject;
var o = new String('wrap'); o.extra = 1;
show('wrapper', [o.length, o[1], o.extra, typeof o, o.slice(1)]);
var built = ''; for (var k = 0; k < 300; k++) built += String.fromCharCode(65 + k % 26, 0xe9);
show('built', [built.length, built.charCodeAt(599), built[598], built.slice(300, 304), scan(built)[2]]);
show('own-virtual', [[1].hasOwnProperty('length'), /a/.hasOwnProperty('lastIndex'), [5].propertyIsEnumerable(0), [5].propertyIsEnumerable('length'), 'ab'.propertyIsEnumerable('length'), 'ab'.propertyIsEnumerable(2)]);
