var marked = require('marked');
console.log(marked('# Title\n\nSome *em* and **strong** text with `code` and a [link](http://x.org).\n\n- a\n- b\n\n```js\nvar x = 1;\n```\n\n> quote\n\n| h1 | h2 |\n|----|----|\n| c1 | c2 |\n'));
