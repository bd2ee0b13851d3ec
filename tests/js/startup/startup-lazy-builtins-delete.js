// Deleting Date before any use removes it; Math is unaffected.
console.log(delete global.Date, typeof Date, 'Date' in global);
try {
  Date.now();
} catch (e) {
  console.log(e instanceof ReferenceError);
}
console.log(typeof Math, Math.abs(-3));
