// cheerio 0.22 (htmlparser2, css-select), date-fns 1, numeral, jsonwebtoken 8
// (HS256 and RS256 through crypto's sign/verify), csv-parse 1 and lru-cache 4.
var out = [];
function t(name, f) { try { out.push(name + ': ' + f()); } catch (e) { out.push(name + ' THREW ' + e.message); } }
t('cheerio', function () {
  var $ = require('cheerio').load('<ul id="l"><li class="a">x</li><li data-n="2">y &amp; z</li></ul>');
  $('li.a').addClass('b').attr('title', 'T');
  $('ul').append('<li>w</li>');
  return $('li').length + ' ' + $.html('li.a') + ' ' + $('ul').text() + ' ' + $('li').eq(1).data('n') + ' ' + $('#l > li:last-child').text();
});
t('date-fns', function () {
  var d = require('date-fns');
  return [d.format(new Date(Date.UTC(2024, 1, 29, 12)), 'YYYY-MM-DD dddd Do'), d.differenceInDays(new Date(2024, 2, 1), new Date(2024, 0, 1)),
    d.addMonths(new Date(2024, 0, 31), 1).getDate(), d.isLeapYear(new Date(2100, 0, 1)), d.distanceInWords(new Date(2024, 0, 1), new Date(2024, 0, 1, 0, 50)),
    d.format(d.parse('2024-03-10T10:20:30Z'), 'HH:mm:ss')].join(' | ');
});
t('numeral', function () {
  var n = require('numeral');
  return [n(1234567.891).format('0,0.00'), n(0.256).format('0.0%'), n('1.5k').value(), n(1024).format('0b'), n(-12.5).format('($0,0)')].join(' ');
});
t('jwt-hs256', function () {
  var jwt = require('jsonwebtoken');
  var tok = jwt.sign({ a: 1, iat: 1700000000 }, 'secret');
  var bad;
  try { jwt.verify(tok, 'wrong'); } catch (e) { bad = e.name + ' ' + e.message; }
  return tok + ' ' + JSON.stringify(jwt.verify(tok, 'secret', { ignoreExpiration: true })) + ' ' + bad;
});
t('jwt-rs256', function () {
  var jwt = require('jsonwebtoken'), crypto = require('crypto');
  var kp = crypto.generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  var tok = jwt.sign({ b: 2 }, kp.privateKey, { algorithm: 'RS256', noTimestamp: true, keyid: 'k1' });
  var parts = tok.split('.');
  return parts.length + ' ' + parts[0] + ' ' + JSON.stringify(jwt.verify(tok, kp.publicKey)) + ' ' + JSON.stringify(jwt.decode(tok, { complete: true }).header);
});
t('csv-parse', function () {
  return JSON.stringify(require('csv-parse/lib/sync')('a,b,c\n1,"x,y",\n2,"q""r",z\n', { columns: true }));
});
t('lru-cache', function () {
  var L = require('lru-cache'), c = new L({ max: 2 });
  c.set('a', 1); c.set('b', 2); c.get('a'); c.set('c', 3);
  return c.keys().join(',') + ' ' + c.has('b') + ' ' + c.length;
});
console.log(out.join('\n'));
