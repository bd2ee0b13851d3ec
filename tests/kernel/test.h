/* test.h — a tiny harness in libuv's style: every test is a function
 * TEST_IMPL(name) listed in test-list.h; `kernel-tests NAME` runs one,
 * `kernel-tests` runs them all. Assertions abort with file:line. */
#ifndef MUK_TEST_H
#define MUK_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muk.h"

#define ASSERT(expr)                                                         \
  do {                                                                       \
    if (!(expr)) {                                                           \
      fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__,  \
              #expr);                                                        \
      abort();                                                               \
    }                                                                        \
  } while (0)

#define ASSERT_EQ(a, b)                                                      \
  do {                                                                       \
    long long a_ = (long long)(a), b_ = (long long)(b);                      \
    if (a_ != b_) {                                                          \
      fprintf(stderr, "%s:%d: %s == %s failed: %lld != %lld\n", __FILE__,    \
              __LINE__, #a, #b, a_, b_);                                     \
      abort();                                                               \
    }                                                                        \
  } while (0)

#define ASSERT_STR(a, b) ASSERT(strcmp((a), (b)) == 0)

#define TEST_IMPL(name) int run_test_##name(void)

/* Send service.op with the given message; aborts on unknown names. */
static inline muk_msg *test_msg(muk_kernel *k, const char *svc,
                                const char *op) {
  muk_msg *m = muk_msg_new(k);
  int sid = muk_service_id(k, svc), oid;
  ASSERT(m != NULL);
  ASSERT(sid >= 0);
  oid = muk_op_id(k, (uint32_t)sid, op);
  ASSERT(oid >= 0);
  m->service = (uint32_t)sid;
  m->op = (uint32_t)oid;
  return m;
}

#endif
