// util.getSystemErrorName
var util = require('util');
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98), util.getSystemErrorName(-111));
console.log(util.getSystemErrorName(-99999));
try { util.getSystemErrorName(2); } catch (e) { console.log(e.code + ' ' + e.message); }
try { util.getSystemErrorName('x'); } catch (e) { console.log(e.code + ' ' + e.message); }
try { util.getSystemErrorName(-1.5); } catch (e) { console.log(e.code + ' ' + e.message); }
