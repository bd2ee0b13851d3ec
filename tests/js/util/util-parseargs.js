// util.parseArgs
var util = require('util');
function t(label, cfg) {
  try {
    var r = util.parseArgs(cfg);
    var out = { positionals: r.positionals, values: {} };
    var keys = Object.keys(r.values).sort();
    for (var i = 0; i < keys.length; i++) out.values[keys[i]] = r.values[keys[i]];
    console.log(label, JSON.stringify(out), Object.getPrototypeOf(r.values) === null);
    if (r.tokens) {
      for (var j = 0; j < r.tokens.length; j++) {
        var tk = r.tokens[j];
        console.log('  token', tk.kind, tk.index, tk.name, tk.rawName, tk.value, tk.inlineValue);
      }
    }
  } catch (e) {
    console.log(label, e.name, e.code + ' ' + e.message);
  }
}
var opts = { bar: { type: 'string' }, foo: { type: 'boolean', short: 'f' } };
t('basic', { args: ['-f', '--bar', 'b', 'pos'], options: opts, allowPositionals: true });
t('eq', { args: ['--bar=x=y', '--foo'], options: opts });
t('unknown', { args: ['--unknown'], options: {} });
t('unknown+pos', { args: ['--unknown'], options: {}, allowPositionals: true });
t('unknown short', { args: ['-u'], options: {} });
t('missing', { args: ['--bar'], options: opts });
t('missing short', { args: ['--bar'], options: { bar: { type: 'string', short: 'b' } } });
t('bool value', { args: ['--foo=x'], options: opts });
t('positional', { args: ['pos'], options: {} });
t('group', { args: ['-abc', '--', '--x'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } }, allowPositionals: true });
t('group value', { args: ['-abcval'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } } });
t('multiple', { args: ['--m', '1', '--m=2', '-m', '3'], options: { m: { type: 'string', multiple: true, short: 'm' } }, tokens: true });
t('defaults', { args: ['--e'], options: { d: { type: 'string', default: 'dv' }, e: { type: 'boolean', default: false } } });
t('not strict', { args: ['--x', '-y', 'p', '--z=1'], strict: false });
t('ambiguous', { args: ['--bar', '--baz'], options: { bar: { type: 'string' }, baz: { type: 'boolean' } } });
t('ambiguous short', { args: ['-b', '-x'], options: { b: { type: 'string', short: 'b' } } });
t('short value', { args: ['-cval'], options: { c: { type: 'string', short: 'c' } } });
t('bad type', { options: { x: { type: 'number' } } });
t('bad short', { options: { x: { type: 'string', short: 'xy' } } });
t('bad args', { args: 'x' });
t('bad strict', { args: [], strict: 'yes' });
t('bad default', { args: [], options: { d: { type: 'string', default: 5 } } });
t('bad multiple default', { args: [], options: { d: { type: 'string', multiple: true, default: ['a', 1] } } });
t('dash value', { args: ['--bar', '-'], options: opts });
t('terminator only', { args: ['--'], options: {}, allowPositionals: true, tokens: true });
