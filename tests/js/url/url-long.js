// Long inputs (thousands of characters in every part): mujs's regular
// expression matcher recurses per repetition, so the parsers must not
// match long runs with quantified patterns.
var long = new Array(5001).join('x');
function tryIt(name, f) { try { var r = f(); console.log(name, 'ok', String(r).length); } catch (e) { console.log(name, 'ERR', e.message); } }
tryIt('url', function () { return new URL('http://a.com/' + long + '?' + long + '#' + long).href; });
tryIt('host', function () { return new URL('http://' + long + '.com/').href; });
tryIt('user', function () { return new URL('http://' + long + ':' + long + '@a.com/').href; });
tryIt('legacy', function () { return require('url').parse('http://a.com/' + long + '?' + long).href; });
tryIt('legacy2', function () { return require('url').parse('/' + long + '?' + long).href; });
tryIt('legacy3', function () { return require('url').parse('//' + long + '@' + long).href; });
tryIt('qs', function () { return JSON.stringify(require('querystring').parse('a=' + long + '%41&b=' + long)); });
tryIt('sp', function () { return new URLSearchParams('a=' + long + '&' + long + '=%zz').toString(); });
tryIt('surr', function () { return new URL('http://a.com/' + long + '\ud800').href; });
tryIt('ascii', function () { return require('url').domainToASCII(long + 'é.com'); });
tryIt('fileurl', function () { return require('url').fileURLToPath('file:///' + long + '%2F'); });
tryIt('ipv6', function () { return new URL('http://[' + long + ']/').href; });
// Many lone surrogates, many tabs in a host: linear work, not quadratic.
// (Sizes keep the ASan run short: joining lone surrogates is slow there.)
var manyS = [], manyT = [];
for (var k = 0; k < 5000; k++) manyS.push('\ud800');
for (k = 0; k < 50000; k++) manyT.push('\t');
tryIt('surrogates', function () { var p = new URLSearchParams(); p.append(manyS.join(''), 'x'); return p.toString(); });
tryIt('tabs', function () { return require('url').parse('http://a' + manyT.join('') + 'b/c').href; });
