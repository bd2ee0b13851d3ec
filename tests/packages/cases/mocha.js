// mocha 3 (the test runner) with chai 3, run programmatically with the TAP
// reporter: bdd suites, hooks, async (done), promises, timeouts in the
// test's own setTimeout, pending tests, only passing tests (a failure's
// stack differs from node's).
'use strict';
var Mocha = require('mocha');
var chai = require('chai');
var expect = chai.expect, assert = chai.assert;
chai.should();

var mocha = new Mocha({ reporter: 'tap' });
mocha.suite.emit('pre-require', global, 'inline-spec.js', mocha);

describe('Array', function () {
  var list;
  beforeEach(function () { list = [1, 2, 3]; });
  afterEach(function () { list = null; });
  it('indexOf returns -1 when absent', function () { assert.equal(list.indexOf(4), -1); });
  it('grows with push', function () { list.push(4); expect(list).to.have.length(4).and.to.include(4); });
  it('should style', function () { list.should.be.an('array').that.deep.equals([1, 2, 3]); });
});
describe('async', function () {
  it('calls done', function (done) { setTimeout(function () { expect(1 + 1).to.equal(2); done(); }, 5); });
  it('resolves a promise', function () { return Promise.resolve(3).then(function (v) { expect(v).to.be.a('number').above(2); }); });
  it('is pending');
  describe('nested', function () {
    before(function (done) { setImmediate(done); });
    it('throws as chai expects', function () {
      expect(function () { throw new TypeError('bad thing'); }).to.throw(TypeError, /bad/);
      expect({ a: { b: [1, { c: 2 }] } }).to.deep.equal({ a: { b: [1, { c: 2 }] } });
    });
  });
});

mocha.run(function (failures) { console.log('# failures', failures); });
