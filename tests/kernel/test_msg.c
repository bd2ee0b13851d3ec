/* test_msg.c — arguments, arena spill, payload ownership, free list,
 * error names. No loop needed. */
#include "test.h"

TEST_IMPL(msg_args) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m = muk_msg_new(k);
  int64_t i;
  double f;
  const char *s;
  const uint8_t *b;
  size_t len;

  ASSERT_EQ(m->nargs, 0);
  ASSERT_EQ(m->tag, 0);
  ASSERT_EQ(muk_msg_add_i64(m, -42), 0);
  ASSERT_EQ(muk_msg_add_f64(m, 2.5), 0);
  ASSERT_EQ(muk_msg_add_str(m, "hello!", 5), 0); /* length, not NUL */
  ASSERT_EQ(muk_msg_add_bytes(m, "\0\1\2", 3), 0);
  ASSERT_EQ(muk_msg_add_str(m, "", 0), 0);
  ASSERT_EQ(m->nargs, 5);

  ASSERT_EQ(muk_msg_i64(m, 0, &i), 0);
  ASSERT_EQ(i, -42);
  ASSERT_EQ(muk_msg_f64(m, 1, &f), 0);
  ASSERT(f == 2.5);
  ASSERT_EQ(muk_msg_str(m, 2, &s, &len), 0);
  ASSERT_EQ(len, 5);
  ASSERT_STR(s, "hello"); /* NUL appended by the kernel */
  ASSERT_EQ(muk_msg_bytes(m, 3, &b, &len), 0);
  ASSERT_EQ(len, 3);
  ASSERT(b[0] == 0 && b[1] == 1 && b[2] == 2);
  ASSERT_EQ(muk_msg_str(m, 4, &s, &len), 0);
  ASSERT_EQ(len, 0);
  ASSERT_STR(s, "");
  /* arguments are copies, inside the message */
  ASSERT(s >= (const char *)m->arena &&
         s < (const char *)m->arena + MUK_INLINE_ARGBYTES);
  ASSERT(m->heap_args == NULL);

  /* wrong type or index */
  ASSERT_EQ(muk_msg_i64(m, 1, &i), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_str(m, 3, &s, &len), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_bytes(m, 2, &b, &len), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_f64(m, 5, &f), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_i64(m, 100, &i), MUK_EBADMSG);

  muk_msg_reset_args(m);
  ASSERT_EQ(m->nargs, 0);
  ASSERT_EQ(muk_msg_i64(m, 0, &i), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_add_i64(m, 7), 0);
  ASSERT_EQ(muk_msg_i64(m, 0, &i), 0);
  ASSERT_EQ(i, 7);

  muk_msg_free(m);
  muk_kernel_free(k);
  return 0;
}

TEST_IMPL(msg_spill) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m = muk_msg_new(k);
  char big[1000], small[100];
  const char *s;
  const uint8_t *b;
  size_t len;
  int j;

  memset(big, 'x', sizeof(big));
  memset(small, 's', sizeof(small));
  /* 100 + 100 fit inline (with NULs: 202 <= 240) */
  ASSERT_EQ(muk_msg_add_str(m, small, 100), 0);
  ASSERT_EQ(muk_msg_add_str(m, small, 100), 0);
  ASSERT(m->heap_args == NULL);
  /* the next 100 do not: spilled */
  ASSERT_EQ(muk_msg_add_bytes(m, small, 100), 0);
  ASSERT(m->heap_args != NULL);
  ASSERT_EQ(muk_msg_add_str(m, big, sizeof(big)), 0);
  ASSERT_EQ(muk_msg_add_bytes(m, big, sizeof(big)), 0);
  /* small ones still go inline while room is left */
  ASSERT_EQ(muk_msg_add_str(m, "tiny", 4), 0);
  ASSERT_EQ(muk_msg_str(m, 5, &s, &len), 0);
  ASSERT(s >= (const char *)m->arena &&
         s < (const char *)m->arena + MUK_INLINE_ARGBYTES);

  ASSERT_EQ(muk_msg_str(m, 3, &s, &len), 0);
  ASSERT_EQ(len, sizeof(big));
  ASSERT_EQ(strlen(s), sizeof(big));
  ASSERT_EQ(muk_msg_bytes(m, 2, &b, &len), 0);
  ASSERT_EQ(len, 100);
  for (j = 0; j < 100; j++)
    ASSERT(b[j] == 's');
  ASSERT_EQ(muk_msg_bytes(m, 4, &b, &len), 0);
  ASSERT(memcmp(b, big, sizeof(big)) == 0);

  /* reset releases the spill; the message is usable again */
  muk_msg_reset_args(m);
  ASSERT(m->heap_args == NULL);
  ASSERT_EQ(muk_msg_add_str(m, big, sizeof(big)), 0);
  ASSERT(m->heap_args != NULL);
  muk_msg_free(m); /* frees the spill (ASan/valgrind check the leak) */

  /* a recycled message starts clean */
  m = muk_msg_new(k);
  ASSERT(m->heap_args == NULL);
  ASSERT_EQ(m->nargs, 0);
  ASSERT_EQ(m->arena_used, 0);
  muk_msg_free(m);
  muk_kernel_free(k);
  return 0;
}

TEST_IMPL(msg_limits) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m = muk_msg_new(k);
  int j;
  for (j = 0; j < MUK_MAX_ARGS; j++)
    ASSERT_EQ(muk_msg_add_i64(m, j), 0);
  ASSERT_EQ(muk_msg_add_i64(m, 9), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_add_f64(m, 9), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_add_str(m, "a", 1), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_add_bytes(m, "a", 1), MUK_EBADMSG);
  ASSERT_EQ(m->nargs, MUK_MAX_ARGS);
  muk_msg_reset_args(m);
  ASSERT_EQ(muk_msg_add_bytes(m, NULL, 3), MUK_EBADMSG);
  ASSERT_EQ(muk_msg_add_bytes(m, NULL, 0), 0);
  muk_msg_free(m);
  muk_kernel_free(k);
  return 0;
}

static int frees;
static void *last_freed;
static void count_free(void *data, void *ud) {
  frees++;
  last_freed = data;
  ASSERT(ud == &frees);
  free(data);
}

TEST_IMPL(msg_payload) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *m = muk_msg_new(k);
  static uint8_t borrowed[4] = {1, 2, 3, 4};
  uint8_t *a = malloc(10), *bb = malloc(20), *d;
  size_t len;
  muk_free_fn fn;
  void *ud;

  frees = 0;
  ASSERT(m->payload.data == NULL && m->payload.len == 0);
  muk_msg_set_payload(m, a, 10, count_free, &frees);
  ASSERT(m->payload.data == a && m->payload.len == 10);
  /* replacing releases the old payload */
  muk_msg_set_payload(m, bb, 20, count_free, &frees);
  ASSERT_EQ(frees, 1);
  ASSERT(last_freed == a);
  /* taking moves ownership out: the message frees nothing */
  d = muk_msg_take_payload(m, &len, &fn, &ud);
  ASSERT(d == bb && len == 20 && fn == count_free && ud == &frees);
  ASSERT(m->payload.data == NULL && m->payload.free == NULL);
  muk_msg_free(m);
  ASSERT_EQ(frees, 1);
  fn(d, ud);
  ASSERT_EQ(frees, 2);

  /* a borrowed payload (free == NULL) is never freed by the message */
  m = muk_msg_new(k);
  muk_msg_set_payload(m, borrowed, 4, NULL, NULL);
  muk_msg_free(m);
  ASSERT(borrowed[3] == 4);

  /* an owned payload is freed with the message */
  m = muk_msg_new(k);
  muk_msg_set_payload(m, malloc(5), 5, count_free, &frees);
  muk_msg_free(m);
  ASSERT_EQ(frees, 3);
  muk_kernel_free(k);
  return 0;
}

TEST_IMPL(msg_freelist) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_msg *ms[16], *m;
  int j, found;

  m = muk_msg_new(k);
  muk_msg_add_str(m, "x", 1);
  m->status = -1;
  m->flags = 7;
  m->tag = 99;
  muk_msg_free(m);
  /* the freed message comes straight back, reinitialised */
  ASSERT(muk_msg_new(k) == m);
  ASSERT_EQ(m->nargs, 0);
  ASSERT_EQ(m->status, 0);
  ASSERT_EQ(m->flags, 0);
  ASSERT_EQ(m->tag, 0);
  ASSERT(m->cb == NULL && m->k == k);
  muk_msg_free(m);

  for (j = 0; j < 16; j++)
    ms[j] = muk_msg_new(k);
  for (j = 0; j < 16; j++)
    muk_msg_free(ms[j]);
  /* LIFO reuse: every one of the 16 comes back, no new allocation */
  for (j = 0; j < 16; j++) {
    int i;
    m = muk_msg_new(k);
    found = 0;
    for (i = 0; i < 16; i++)
      found |= ms[i] == m;
    ASSERT(found);
    ASSERT(m == ms[15 - j]);
  }
  for (j = 0; j < 16; j++)
    muk_msg_free(ms[j]);
  muk_kernel_free(k);
  return 0;
}

TEST_IMPL(errors) {
  ASSERT_STR(muk_errname(0), "OK");
  ASSERT_STR(muk_errname(MUK_ENOSERVICE), "ENOSERVICE");
  ASSERT_STR(muk_errname(MUK_ENOOP), "ENOOP");
  ASSERT_STR(muk_errname(MUK_ECANCELED), "ECANCELED");
  ASSERT_STR(muk_errname(MUK_EABI), "EABI");
  ASSERT_STR(muk_errname(UV_ENOENT), "ENOENT");
  ASSERT_STR(muk_errname(UV_EINVAL), "EINVAL");
  ASSERT_STR(muk_strerror(UV_ENOENT), "no such file or directory");
  ASSERT_STR(muk_strerror(MUK_ENOSERVICE), "no such service");
  /* unknown codes get a name, and nothing leaks */
  ASSERT(muk_errname(-987654) != NULL);
  ASSERT(muk_strerror(-987654) != NULL);
  return 0;
}
