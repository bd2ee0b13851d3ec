// startup: an empty program. The harness times `muk empty.js` vs `node empty.js`
// from the outside (spawn to exit) and reads the child's peak RSS.
