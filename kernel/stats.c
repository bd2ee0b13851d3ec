/* stats.c — the per-service metrics beyond the plain counters: the reply
 * latency histogram, errors by status code, and reading them all out
 * (muk_service_stats_read). Everything here runs on the loop thread. */
#include <stddef.h>
#include <string.h>

#include "kernel_internal.h"

/* Upper bounds (us) of the latency buckets; the last bucket is +Inf. From
 * a local noop (~10 us) to a remote call that nearly times out. */
const uint64_t muk_stats_latency_le_us[MUK_STATS_LAT_BUCKETS - 1] = {
    10, 50, 100, 250, 500, 1000, 2500, 10000, 50000, 250000, 1000000};

void muk__stats_done(muk_service *svc, int32_t status, uint64_t t0_ns) {
  if (t0_ns) {
    uint64_t us = (uv_hrtime() - t0_ns) / 1000;
    int b = 0;
    while (b < MUK_STATS_LAT_BUCKETS - 1 && us > muk_stats_latency_le_us[b]) b++;
    svc->lat[b]++;
    svc->lat_count++;
    svc->lat_sum_us += us;
  }
  if (status >= 0) return;
  for (int i = 0; i < MUK_STATS_CODES; i++) {
    if (svc->err_code[i] == status) {
      svc->err_count[i]++;
      return;
    }
    if (svc->err_code[i] == 0) {
      svc->err_code[i] = status;
      svc->err_count[i] = 1;
      return;
    }
  }
  svc->err_other++;
}

#undef muk_service_stats_get
int muk_service_stats_get(muk_kernel *k, uint32_t id, muk_service_stats *out) {
  /* what a caller built before the struct grew has room for */
  return muk_service_stats_read(k, id, out, offsetof(muk_service_stats, in_flight));
}

int muk_service_stats_read(muk_kernel *k, uint32_t id, muk_service_stats *out, size_t size) {
  muk_service *svc = muk_service_get(k, id);
  if (!svc) return MUK_ENOSERVICE;
  muk_service_stats st;
  memset(&st, 0, sizeof st);
  st.requests = svc->requests;
  st.replies = svc->replies;
  st.errors = svc->errors;
  st.dropped = atomic_load_explicit(&svc->dropped, memory_order_relaxed);
  st.queued = svc->npending + svc->ops->queued(svc);
  st.backlog = svc->npending;
  st.window = svc->window;
  st.in_window = svc->inwin;
  st.in_flight = svc->in_flight;
  memcpy(st.latency, svc->lat, sizeof st.latency);
  st.latency_count = svc->lat_count;
  st.latency_sum_us = svc->lat_sum_us;
  memcpy(st.error_code, svc->err_code, sizeof st.error_code);
  memcpy(st.error_count, svc->err_count, sizeof st.error_count);
  st.error_other = svc->err_other;
  st.remote = svc->link.remote;
  st.connected = svc->link.connected;
  st.connects = svc->link.connects;
  st.reconnects = svc->link.connects ? svc->link.connects - 1 : 0;
  st.disconnects = svc->link.disconnects;
  st.bytes_sent = svc->link.bytes_sent;
  st.bytes_received = svc->link.bytes_received;
  if (svc->multi) muk__multi_stats(svc, &st);
  memcpy(out, &st, size < sizeof st ? size : sizeof st);
  return 0;
}
