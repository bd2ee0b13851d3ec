// A forked child that starts a grandchild inheriting every fd and then
// exits: the grandchild does not get the IPC channel (it is the child's
// alone), so the channel ends with the child and 'disconnect' comes
// before 'exit', as in Node.
var cp = require('child_process');
var path = require('path');
var events = [];
var c = cp.fork(path.join(__dirname, 'fork-grandchild-child.js'), [], { silent: true });
c.on('message', function (m) { events.push('message ' + JSON.stringify(m)); });
c.on('exit', function (code) { events.push('exit ' + code); });
c.on('disconnect', function () { events.push('disconnect'); });
c.on('close', function (code) { events.push('close ' + code); console.log(events.join('\n')); });
