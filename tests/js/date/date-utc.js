// Date strings (toString, toUTCString/toGMTString, toDateString, toTimeString,
// the en-US toLocale*String forms), years outside 0..9999 and 0..99,
// Date.parse on ISO and the legacy forms programs meet (HTTP dates,
// toString output, "Dec 25, 1995", "12/7/2026"), in UTC.
var d = new Date(Date.UTC(2026, 11, 7, 17, 4, 3, 5));
var lines = [d.toUTCString(), d.toString(), d.toDateString(), d.toTimeString(), d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(),
  d.toGMTString === d.toUTCString, String(new Date(NaN)), new Date(NaN).toUTCString(), new Date(NaN).toLocaleString(), new Date(NaN).toDateString()];
var e = new Date(0); e.setUTCFullYear(-50); lines.push(e.toUTCString(), e.toISOString(), e.toString());
e.setUTCFullYear(12345); lines.push(e.toUTCString(), e.toISOString());
e.setUTCFullYear(5); lines.push(e.toUTCString(), e.toISOString(), e.toDateString());
lines.push(Date.UTC(99, 0), Date.UTC(-1, 0), Date.UTC(100, 0), new Date(50, 0).getFullYear(), new Date(-5, 0).getFullYear());
lines.push(new Date(Date.UTC(2026, 0, 5, 0, 7, 9)).toLocaleString(), new Date(Date.UTC(2026, 0, 5, 12, 7, 9)).toLocaleTimeString());
['Mon, 07 Dec 2026 17:04:03 GMT', 'Tue Dec 08 2026 10:00:00 GMT+0100 (Central European Standard Time)', 'Dec 25, 1995', 'December 17, 1995 03:24:00',
 '12/7/2026', '2026/12/07 10:20:30', '1995-12-17T03:24:00', '1995-12-17', '2024-02-30', 'Thu, 01 Jan 1970 00:00:00 GMT-0130', '7 Dec 2026 10:00 PM',
 'Sun Feb 01 1998 00:00:00 GMT+0000 (GMT)', 'nonsense', '', '2024-13-01', '10:00', 'Jan 1 2000 12:00 am', '2026-12-07 17:04:03', '6 Mar 17 21:22 UT',
 'Wed, 09 Jun 2021 10:18:14 +0000', '2011-10-10T14:48:00.000+09:00', '2020-01-01T00:00:00.123456Z'].forEach(function (s) { lines.push(s + ' => ' + Date.parse(s)); });
lines.push(new Date(2026, 6, 1, 12).getTimezoneOffset(), new Date(2026, 0, 1, 12).getTimezoneOffset(), new Date(2026, 6, 1, 12).getHours(), new Date(2026, 6, 1, 12).toString());
lines.push(new Date(2026, 2, 29, 2, 30).toString(), new Date(2026, 9, 25, 2, 30).getTime(), new Date('2026-07-01T12:00').getHours());
console.log(lines.join('\n'));
