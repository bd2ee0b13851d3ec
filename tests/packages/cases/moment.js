var moment = require('moment');
var m = moment.utc('2024-02-29T13:45:10.123Z');
console.log(m.format('dddd, MMMM Do YYYY, h:mm:ss a'), m.add(1, 'year').format('YYYY-MM-DD'), m.isValid());
console.log(moment.utc('2020-01-01').diff(moment.utc('2019-01-01'), 'days'), moment.duration(90061, 's').humanize(), moment.utc(0).toISOString());
console.log(moment('not a date', 'YYYY-MM-DD', true).isValid(), moment.utc('12-25-1995', 'MM-DD-YYYY').format('LL'), moment.utc([2010, 0, 31]).add(1, 'M').format('L'));
console.log(moment.utc('2024-01-15').startOf('week').format('ddd D'), moment.utc('2024-03-10T10:00:00Z').from(moment.utc('2024-03-12T10:00:00Z')));
