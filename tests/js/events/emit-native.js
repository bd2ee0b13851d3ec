// emit's common case (one listener, a string type) runs in C: this, the
// arguments as given, return values, listeners that throw, once, symbols,
// 'error', emit called on plain objects, a listener that returns a promise.
var EE=require("events")
console.log(EE.prototype.emit.name, EE.prototype.emit.length, typeof EE.prototype.emit)
var e=new EE()
console.log(e.emit("x"), e.emit(Symbol.for("s")))
e.on("x", function(a,b){ console.log("x", this===e, arguments.length, a, b)
return 5
})
console.log(e.emit("x"), e.emit("x",1), e.emit("x",1,2,3))
e.on("x", function(){console.log("second")})
console.log(e.emit("x", 9))
try { e.emit("error", new Error("boom")) } catch (er) { console.log(er.message) } var o = Object.create(EE.prototype)
console.log(o.emit("x"))
e.once("y", function(v){ console.log("once", v) })
e.emit("y", 1)
e.emit("y", 2)
e.on("t", function(){ throw new Error("thrown") })
try { e.emit("t") } catch (er) { console.log("caught", er.message) }
console.log(EE.prototype.emit.call({}, "a"))
var p = new EE({ captureRejections: true }); p.on('error', function (e) { console.log('captured', e.message) }); p.on('r', function () { return Promise.reject(new Error('rejected')) }); console.log(p.emit('r'));
