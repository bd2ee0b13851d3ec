// escape and unescape (Annex B.2.1): the kept set, %XX and %uXXXX, bad
// sequences left alone, surrogates, lone surrogates, non-string input.
console.log(escape('aZ09@*_+-./ é€😀%\u0000~!'), unescape('%u20AC%41%zz%u12%4%%E9%u00e9%uD83D%uDE00x'), escape.length, unescape.length, escape.name, unescape.name);
console.log(unescape(escape('round ☃ trip \ud800')) === 'round ☃ trip \ud800', escape(123), unescape(null), Object.keys(globalThis).indexOf('escape'), typeof globalThis.escape);
console.log(unescape(encodeURIComponent('Grüße')).length, decodeURIComponent(escape(unescape(encodeURIComponent('€')))));
