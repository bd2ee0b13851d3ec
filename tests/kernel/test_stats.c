/* test_stats.c — the metrics appended to muk_service_stats: in flight,
 * errors by code (and what does not fit), the latency histogram, sync
 * calls, a failed send, and a caller built against the original struct. */
#include "test.h"

static void free_cb(muk_msg *m, void *ud) {
  (*(int *)ud)++;
  muk_msg_free(m);
}

static void send_fail(muk_kernel *k, int status, int *n) {
  muk_msg *m = test_msg(k, "sys", "fail");
  muk_msg_add_i64(m, status);
  muk_send(k, m, free_cb, n);
}

TEST_IMPL(stats_metrics) {
  muk_kernel *k = muk_kernel_new(NULL);
  muk_service_stats st;
  int n = 0;
  ASSERT_EQ(muk_register(k, &muk_sys_service), 0);
  /* 3 ENOENT, 1 EIO, then 9 more distinct codes: 6 fit, 3 go to other */
  for (int j = 0; j < 3; j++) send_fail(k, UV_ENOENT, &n);
  send_fail(k, UV_EIO, &n);
  static const int more[] = {UV_EACCES, UV_EBADF, UV_EBUSY, UV_EEXIST, UV_EINVAL,
                             UV_EISDIR, UV_ENOTDIR, UV_EPERM, UV_EPIPE};
  for (int j = 0; j < 9; j++) send_fail(k, more[j], &n);
  for (int j = 0; j < 5; j++) muk_send(k, test_msg(k, "sys", "noop"), free_cb, &n);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.in_flight, 18);
  ASSERT_EQ(st.latency_count, 0);
  muk_kernel_run(k);
  ASSERT_EQ(n, 18);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.in_flight, 0);
  ASSERT_EQ(st.errors, 13);
  ASSERT_EQ(st.error_code[0], UV_ENOENT);
  ASSERT_EQ(st.error_count[0], 3);
  ASSERT_EQ(st.error_code[1], UV_EIO);
  ASSERT_EQ(st.error_count[1], 1);
  for (int i = 2; i < MUK_STATS_CODES; i++) {
    ASSERT_EQ(st.error_code[i], more[i - 2]);
    ASSERT_EQ(st.error_count[i], 1);
  }
  ASSERT_EQ(st.error_other, 3);
  uint64_t sum = 0;
  for (int i = 0; i < MUK_STATS_LAT_BUCKETS; i++) sum += st.latency[i];
  ASSERT_EQ(sum, 18);
  ASSERT_EQ(st.latency_count, 18);
  ASSERT_EQ(st.remote, 0);
  ASSERT_EQ(st.connects, 0);

  /* a sleep of 30 ms lands in a bucket above 10 ms (it cannot be faster;
   * the other requests may have been slower too, so count the difference) */
  uint64_t above0 = 0, sum0 = st.latency_sum_us, above = 0;
  for (int i = 0; i < MUK_STATS_LAT_BUCKETS; i++)
    if (i == MUK_STATS_LAT_BUCKETS - 1 || muk_stats_latency_le_us[i] > 10000)
      above0 += st.latency[i];
  muk_msg *m = test_msg(k, "sys", "sleep");
  muk_msg_add_i64(m, 30);
  muk_send(k, m, free_cb, &n);
  muk_kernel_run(k);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  for (int i = 0; i < MUK_STATS_LAT_BUCKETS; i++)
    if (i == MUK_STATS_LAT_BUCKETS - 1 || muk_stats_latency_le_us[i] > 10000)
      above += st.latency[i];
  ASSERT_EQ(above, above0 + 1);
  ASSERT(st.latency_sum_us - sum0 >= 30000);

  /* a sync call counts too; a bad op is an error, not a request left in flight */
  m = test_msg(k, "sys", "fail");
  muk_msg_add_i64(m, UV_ENOENT);
  ASSERT_EQ(muk_call_sync(k, m), UV_ENOENT);
  muk_msg_free(m);
  m = test_msg(k, "sys", "noop");
  m->op = 999;
  muk_send(k, m, free_cb, &n);
  muk_kernel_run(k);
  ASSERT_EQ(muk_service_stats_get(k, 0, &st), 0);
  ASSERT_EQ(st.error_count[0], 4);
  ASSERT_EQ(st.latency_count, 21);
  ASSERT_EQ(st.in_flight, 0);
  ASSERT_EQ(st.error_other, 4); /* ENOOP: one more code */

  /* a caller with the original struct gets its fields and nothing past */
  unsigned char raw[sizeof st];
  memset(raw, 0xab, sizeof raw);
  size_t old = offsetof(muk_service_stats, in_flight);
  int (*get)(muk_kernel *, uint32_t, muk_service_stats *) = (muk_service_stats_get);
  ASSERT_EQ(get(k, 0, (muk_service_stats *)raw), 0);
  ASSERT_EQ(((muk_service_stats *)raw)->requests, st.requests);
  for (size_t i = old; i < sizeof raw; i++) ASSERT_EQ(raw[i], 0xab);
  ASSERT_EQ(muk_service_stats_read(k, 7, &st, sizeof st), MUK_ENOSERVICE);
  muk_kernel_free(k);
  return 0;
}
