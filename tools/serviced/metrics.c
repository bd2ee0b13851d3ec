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

/* One line per service: NAME{service="S"[,EXTRA]} VALUE. */
#define EACH(fmt_extra, ...)                                                   \
  for (int i = 0; i < n; i++) put(&b, fmt_extra, svcs[i].name, __VA_ARGS__)

char *metrics_render(muk_kernel *k, const metrics_service *svcs, int n,
                     const metrics_process *pr, size_t *len) {
  muk_service_stats st[8];
  buf b = {0};
  if (n < 1 || n > 8) return NULL;
  for (int i = 0; i < n; i++) {
    if (muk_service_stats_get(k, svcs[i].id, &st[i])) return NULL;
    /* service names are [a-z0-9_]: no label escaping needed, but be sure */
    for (const char *c = svcs[i].name; *c; c++)
      if (*c == '"' || *c == '\\' || *c == '\n') return NULL;
  }
#define U(x) (unsigned long long)(x)
  family(&b, "muk_requests_total", "counter", "Requests accepted by the service.");
  EACH("muk_requests_total{service=\"%s\"} %llu\n", U(st[i].requests));
  family(&b, "muk_replies_total", "counter", "Replies delivered.");
  EACH("muk_replies_total{service=\"%s\"} %llu\n", U(st[i].replies));
  family(&b, "muk_errors_total", "counter", "Replies with an error status, by code.");
  for (int i = 0; i < n; i++) {
    for (int c = 0; c < MUK_STATS_CODES && st[i].error_code[c]; c++)
      put(&b, "muk_errors_total{service=\"%s\",code=\"%s\"} %llu\n", svcs[i].name,
          muk_errname(st[i].error_code[c]), U(st[i].error_count[c]));
    if (st[i].error_other)
      put(&b, "muk_errors_total{service=\"%s\",code=\"other\"} %llu\n", svcs[i].name,
          U(st[i].error_other));
  }
  family(&b, "muk_in_flight", "gauge", "Requests sent to the service and not yet answered.");
  EACH("muk_in_flight{service=\"%s\"} %llu\n", U(st[i].in_flight));
  family(&b, "muk_queued", "gauge", "Requests waiting for a worker.");
  EACH("muk_queued{service=\"%s\"} %llu\n", U(st[i].queued));
  family(&b, "muk_dropped_total", "counter",
         "Malformed or unauthenticated messages dropped (before a service is known: "
         "counted for the first one).");
  EACH("muk_dropped_total{service=\"%s\"} %llu\n", U(st[i].dropped));
  family(&b, "muk_request_duration_seconds", "histogram",
         "Time from a request's dispatch to its reply (a sample above 64 a millisecond).");
  for (int i = 0; i < n; i++) {
    uint64_t cum = 0;
    for (int j = 0; j < MUK_STATS_LAT_BUCKETS; j++) {
      cum += st[i].latency[j];
      if (j < MUK_STATS_LAT_BUCKETS - 1)
        put(&b, "muk_request_duration_seconds_bucket{service=\"%s\",le=\"%g\"} %llu\n",
            svcs[i].name, (double)muk_stats_latency_le_us[j] / 1e6, U(cum));
      else
        put(&b, "muk_request_duration_seconds_bucket{service=\"%s\",le=\"+Inf\"} %llu\n",
            svcs[i].name, U(cum));
    }
    put(&b, "muk_request_duration_seconds_sum{service=\"%s\"} %.6f\n", svcs[i].name,
        (double)st[i].latency_sum_us / 1e6);
    put(&b, "muk_request_duration_seconds_count{service=\"%s\"} %llu\n", svcs[i].name,
        U(st[i].latency_count));
  }
  family(&b, "muk_wire_received_bytes_total", "counter",
         "Bytes of the service's request frames received.");
  EACH("muk_wire_received_bytes_total{service=\"%s\"} %llu\n", U(svcs[i].bytes_received));
  family(&b, "muk_wire_sent_bytes_total", "counter", "Bytes of the service's reply frames sent.");
  EACH("muk_wire_sent_bytes_total{service=\"%s\"} %llu\n", U(svcs[i].bytes_sent));
  family(&b, "muk_sessions", "gauge", "Client sessions open.");
  put(&b, "muk_sessions %llu\n", U(pr->sessions));
  family(&b, "muk_sessions_started_total", "counter", "Client sessions started.");
  put(&b, "muk_sessions_started_total %llu\n", U(pr->sessions + pr->sessions_ended));
  family(&b, "muk_sessions_ended_total", "counter",
         "Client sessions ended (goodbye, lease, shutdown).");
  put(&b, "muk_sessions_ended_total %llu\n", U(pr->sessions_ended));
#undef U
  if (b.oom) {
    free(b.p);
    return NULL;
  }
  *len = b.len;
  return b.p;
}
