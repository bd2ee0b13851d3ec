/* metrics.h — muk-serviced's metrics in Prometheus's text exposition
 * format (version 0.0.4), the answer to the reserved wire op STATS
 * (docs/wire.md, "Metrics"). */
#ifndef MUK_SERVICED_METRICS_H
#define MUK_SERVICED_METRICS_H
#include <stddef.h>
#include <stdint.h>

#include "muk.h"

/* A hosted service: its id in the kernel, its name, and the bytes of the
 * DATA frames of its requests and replies (muk-serviced counts them). */
typedef struct metrics_service {
  uint32_t id;
  const char *name;
  uint64_t bytes_received, bytes_sent;
} metrics_service;

/* The process's own: client sessions open now, and ended since start. */
typedef struct metrics_process {
  uint64_t sessions, sessions_ended;
} metrics_process;

/* The text for the n services of k and the process: malloc'd, its length
 * in *len; NULL when out of memory. Loop thread. */
char *metrics_render(muk_kernel *k, const metrics_service *svcs, int n,
                     const metrics_process *p, size_t *len);
#endif
