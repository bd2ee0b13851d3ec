var BN = require('bn.js');
var a = new BN('dead', 16), b = new BN('101010', 2);
console.log(a.add(b).toString(10), a.mul(a).mul(a).toString(16), new BN(2).pow(new BN(200)).toString(36), a.sqr().mod(new BN(97)).toNumber());
console.log(new BN('-123456789012345678901234567890').divRound(new BN(7)).toString(), new BN(255).toArray('be', 4), a.toRed(BN.red('k256')).redSqr().fromRed().toString(16).length);
