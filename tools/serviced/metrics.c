/* metrics.c — render muk-serviced's metrics as Prometheus text: a HELP and
 * a TYPE line before each family, counters named *_total, the latency as a
 * histogram (cumulative _bucket{le=...} up to "+Inf", _sum, _count) in
 * seconds, every sample labelled with the service. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"

typedef struct buf {
  char *p;
  size_t len, cap;
  int oom;
} buf;

static void put(buf *b, const char *fmt, ...) {
  for (;;) {
    va_list ap;
    va_start(ap, fmt);
    size_t room = b->cap - b->len;
    int n = b->oom ? 0 : vsnprintf(b->p ? b->p + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (b->oom || n < 0) {
      b->oom = 1;
      return;
    }
    if ((size_t)n < room) {
      b->len += (size_t)n;
      return;
    }
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap - b->len <= (size_t)n) cap *= 2;
    char *np = realloc(b->p, cap);
    if (!np) {
      b->oom = 1;
      return;
    }
    b->p = np;
    b->cap = cap;
  }
}

static void family(buf *b, const char *name, const char *type, const char *help) {
  put(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

char *metrics_render(muk_kernel *k, uint32_t id, const char *name,
                     const metrics_process *pr, size_t *len) {
  muk_service_stats st;
  buf b = {0};
  if (muk_service_stats_get(k, id, &st)) return NULL;
  /* service names are [a-z0-9_]: no label escaping needed, but be sure */
  for (const char *c = name; *c; c++)
    if (*c == '"' || *c == '\\' || *c == '\n') return NULL;
#define SVC "{service=\"%s\"}"
  family(&b, "muk_requests_total", "counter", "Requests accepted by the service.");
  put(&b, "muk_requests_total" SVC " %llu\n", name, (unsigned long long)st.requests);
  family(&b, "muk_replies_total", "counter", "Replies delivered.");
  put(&b, "muk_replies_total" SVC " %llu\n", name, (unsigned long long)st.replies);
  family(&b, "muk_errors_total", "counter", "Replies with an error status, by code.");
  for (int i = 0; i < MUK_STATS_CODES && st.error_code[i]; i++)
    put(&b, "muk_errors_total{service=\"%s\",code=\"%s\"} %llu\n", name,
        muk_errname(st.error_code[i]), (unsigned long long)st.error_count[i]);
  if (st.error_other)
    put(&b, "muk_errors_total{service=\"%s\",code=\"other\"} %llu\n", name,
        (unsigned long long)st.error_other);
  family(&b, "muk_in_flight", "gauge", "Requests sent to the service and not yet answered.");
  put(&b, "muk_in_flight" SVC " %llu\n", name, (unsigned long long)st.in_flight);
  family(&b, "muk_queued", "gauge", "Requests waiting for a worker.");
  put(&b, "muk_queued" SVC " %llu\n", name, (unsigned long long)st.queued);
  family(&b, "muk_dropped_total", "counter",
         "Malformed or unauthenticated messages dropped.");
  put(&b, "muk_dropped_total" SVC " %llu\n", name, (unsigned long long)st.dropped);
  family(&b, "muk_request_duration_seconds", "histogram",
         "Time from a request's dispatch to its reply.");
  uint64_t cum = 0;
  for (int i = 0; i < MUK_STATS_LAT_BUCKETS; i++) {
    cum += st.latency[i];
    if (i < MUK_STATS_LAT_BUCKETS - 1)
      put(&b, "muk_request_duration_seconds_bucket{service=\"%s\",le=\"%g\"} %llu\n", name,
          (double)muk_stats_latency_le_us[i] / 1e6, (unsigned long long)cum);
    else
      put(&b, "muk_request_duration_seconds_bucket{service=\"%s\",le=\"+Inf\"} %llu\n", name,
          (unsigned long long)cum);
  }
  put(&b, "muk_request_duration_seconds_sum" SVC " %.6f\n", name,
      (double)st.latency_sum_us / 1e6);
  put(&b, "muk_request_duration_seconds_count" SVC " %llu\n", name,
      (unsigned long long)st.latency_count);
  family(&b, "muk_wire_received_bytes_total", "counter", "Bytes of frames received.");
  put(&b, "muk_wire_received_bytes_total" SVC " %llu\n", name,
      (unsigned long long)pr->bytes_received);
  family(&b, "muk_wire_sent_bytes_total", "counter", "Bytes of frames sent.");
  put(&b, "muk_wire_sent_bytes_total" SVC " %llu\n", name, (unsigned long long)pr->bytes_sent);
  family(&b, "muk_sessions", "gauge", "Client sessions open.");
  put(&b, "muk_sessions" SVC " %llu\n", name, (unsigned long long)pr->sessions);
  family(&b, "muk_sessions_started_total", "counter", "Client sessions started.");
  put(&b, "muk_sessions_started_total" SVC " %llu\n", name,
      (unsigned long long)(pr->sessions + pr->sessions_ended));
  family(&b, "muk_sessions_ended_total", "counter",
         "Client sessions ended (goodbye, lease, shutdown).");
  put(&b, "muk_sessions_ended_total" SVC " %llu\n", name,
      (unsigned long long)pr->sessions_ended);
#undef SVC
  if (b.oom) {
    free(b.p);
    return NULL;
  }
  *len = b.len;
  return b.p;
}
