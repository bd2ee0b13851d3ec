// decodeURI / decodeURIComponent: malformed escapes and invalid UTF-8 are
// URIErrors (mujs patch 0087); valid sequences, reserved characters and
// astral characters decode as in node.
function d(f, s) { try { return JSON.stringify(f(s)); } catch (e) { return e.name + ': ' + e.message; } }
var cases = ['%', '%4', '%G0', '%41', '%e9', '%C3%A9', '%C3', '%C3%', '%C3%41', '%C3A9', '%80', '%BF', '%F8%80%80%80%80',
  '%C0%80', '%C1%BF', '%E0%80%80', '%E0%A0%80', '%ED%A0%80', '%ED%9F%BF', '%EF%BF%BF', '%F0%90%80%80', '%F0%9F%98%80',
  '%F4%8F%BF%BF', '%F4%90%80%80', '%F0%80%80%80', '%23%2F%3F', 'a%20b', '%00x', '%e2%82%ac%24'];
cases.forEach(function (c) {
  console.log(c, d(decodeURI, c), d(decodeURIComponent, c));
});
console.log(decodeURIComponent('%F0%9F%98%80').length, decodeURIComponent('%F0%9F%98%80').charCodeAt(1));
