// handles-many — objects that hold a handle in the crypto service (here
// cipher contexts) and are dropped in one synchronous loop: more of them
// than the service's table holds (CRYPTO_MAX_HANDLES, 65,536) must not
// fail, because the collector's frees reach the service without waiting
// for a turn of the loop (bridge/call.c, token_finalize).
var crypto = require('crypto');
var key = Buffer.alloc(16, 1);
var n = 0;
for (var i = 0; i < 70000; i++) {
  if (crypto.createCipheriv('aes-128-ecb', key, null)) n++;
}
console.log('dropped contexts:', n);
var c = crypto.createCipheriv('aes-128-ecb', key, null);
console.log('still works:', Buffer.concat([c.update(Buffer.alloc(16)), c.final()]).toString('hex'));
