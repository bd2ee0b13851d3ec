// Many distinct names (the engine's table of interned strings grows many
// times, mujs patch 0102): JSON keys and string values, property names made
// at run time, and names in compiled code, all found again afterwards.
'use strict';
var parts = [];
for (var i = 0; i < 50000; i++) parts.push('"k' + i + '":"v' + (i * 7 % 50000) + '"');
var o = JSON.parse('{' + parts.join(',') + '}');
var keys = Object.keys(o), bad = 0;
for (i = 0; i < 50000; i++) if (o['k' + i] !== 'v' + (i * 7 % 50000) || keys[i] !== 'k' + i) bad++;
console.log(keys.length, bad, o.k0, o.k49999, o['k12345'], 'k50000' in o);

var src = 'var t = 0;';
for (i = 0; i < 3000; i++) src += 'var name_' + i + ' = ' + i + '; t += name_' + i + ';';
src += 't';
console.log(eval(src), typeof name_2999);

var m = {};
for (i = 0; i < 20000; i++) m['\u00e9x' + i.toString(36) + '\ud83d\ude00'] = i;
var sum = 0;
for (i = 0; i < 20000; i++) sum += m['\u00e9x' + i.toString(36) + '\ud83d\ude00'];
console.log(Object.keys(m).length, sum, JSON.stringify(Object.keys(m).slice(0, 3)));
console.log(JSON.stringify(JSON.parse('{"":1,"a":2,"":3}')), ''.length);
