/* metrics.h — muk-serviced's metrics in Prometheus's text exposition
 * format (version 0.0.4), the answer to the reserved wire op STATS
 * (docs/wire.md, "Metrics"). */
#ifndef MUK_SERVICED_METRICS_H
#define MUK_SERVICED_METRICS_H
#include <stddef.h>
#include <stdint.h>

#include "muk.h"

/* What muk-serviced counts itself, next to the service's stats. */
typedef struct metrics_process {
  uint64_t bytes_received, bytes_sent; /* whole frames, every connection */
  uint64_t sessions, sessions_ended;   /* open now; ended since start */
} metrics_process;

/* The text for service `id` of k (named `name`) and the process counters:
 * malloc'd, its length in *len; NULL when out of memory. Loop thread. */
char *metrics_render(muk_kernel *k, uint32_t id, const char *name,
                     const metrics_process *p, size_t *len);
#endif
