// process.permission.has for each scope Node 20 knows, with and without a
// reference (absolute, relative, with `..`, under a wildcard root), and its
// argument errors. Recorded from node 20 with the flags in has.flags.
'use strict';
var P = process.permission;
var tmp = process.argv[2];
console.log(typeof P, typeof P.has);
function show(scope, ref) {
  var label = ref === undefined ? '' : String(ref).split(tmp).join('TMP');
  try { console.log(scope, label, P.has(scope, ref)); } catch (e) { console.log(scope, label, e.code, e.message); }
}
show('fs.read');
show('fs.write');
show('fs');
show('fs.read', tmp);
show('fs.read', tmp + '/a/b/c');
show('fs.read', tmp + '/../x');
show('fs.read', tmp + '/a/../../x');
show('fs.read', tmp + 'x');
show('fs.read', 'has.js');
show('fs.read', './has.js');
show('fs.read', 'has.out');
show('fs.read', '/');
show('fs.write', tmp + '/a');
show('fs.write', tmp + '/a/b');
show('fs.write', tmp + '/../y');
show('fs.write', 'has.js');
show('fs', tmp + '/a');
show('fs', 'has.js');
show('child');
show('worker');
show('bogus');
show('fs.read', '');
show();
show(1);
show('fs.read', 5);
show('fs.read', null);
