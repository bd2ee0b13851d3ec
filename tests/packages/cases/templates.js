var Mustache = require('mustache'), Handlebars = require('handlebars');
console.log(Mustache.render('Hi {{name}}! {{#items}}<{{.}}>{{/items}}{{^none}} none{{/none}} {{{raw}}} {{esc}}', { name: 'Ann', items: [1, 2], raw: '<b>', esc: '<i>' }));
var t = Handlebars.compile('{{#each people}}{{@index}}:{{upper name}}{{#if admin}}*{{/if}} {{/each}}{{> foot}}');
Handlebars.registerHelper('upper', function (s) { return s.toUpperCase(); });
Handlebars.registerPartial('foot', '[{{people.length}}]');
console.log(t({ people: [{ name: 'a', admin: true }, { name: 'b' }] }));
