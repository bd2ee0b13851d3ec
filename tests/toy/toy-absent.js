// muk itself is built without the toy service: the generic path answers
// ENOSERVICE, as for any service this build lacks.
require('muk').call('toy', 'greet', ['muk'], function (err) {
  console.log(err.code, err.message);
});
