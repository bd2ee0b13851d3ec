/* clients.h — what muk-serviced keeps per client: its own handle space and
 * its quotas, over one process-wide memory budget.
 *
 * A client is a uint64_t id (today the nanomsg pipe its requests come on;
 * with authenticated sessions, the session's id). The service's schema
 * (muk_service_def.op_handles) says which arguments and results are
 * handles; a client sees virtual handles only (HANDLE_BASE, +1, ...), each
 * mapped to the service's real one, so it can use or release only what it
 * opened: anything else is refused with UV_EBADF before the service sees
 * it. A release waits until the client's requests that use the handle are
 * done, so a real fd is never reused under a request still running.
 *
 * Quotas per client: open handles (checked before an op that creates one
 * runs, so nothing is allocated), requests at the service, and request
 * bytes (the buffer a request holds plus the payload it will decompress
 * to; a waiting request counts the bytes it holds). A request past the in-flight or byte quota, or past the process's
 * budget, waits in its client's FIFO; past the FIFO's bounds it is refused
 * with MUK_EQUOTA and a str argument naming the quota. Every clients_*
 * function runs on the kernel's loop thread. */
#ifndef MUK_SERVICED_CLIENTS_H
#define MUK_SERVICED_CLIENTS_H

#include <stdint.h>

#include "muk.h"

typedef struct clients clients;

typedef struct clients_limits {
  uint32_t max_handles;  /* handles one client may hold */
  uint32_t max_inflight; /* requests of one client at the service at once */
  uint32_t max_queue;    /* requests of one client waiting */
  uint64_t max_bytes;    /* request bytes of one client, running + waiting */
  uint64_t budget;       /* request bytes of all clients, running + waiting */
} clients_limits;

#define CLIENTS_MAX_HANDLES 256
#define CLIENTS_MAX_INFLIGHT 64
#define CLIENTS_MAX_QUEUE 1024
#define CLIENTS_MAX_BYTES (160ull << 20)
#define CLIENTS_BUDGET (256ull << 20)
/* The first virtual handle a client gets (0-2 would look like stdio). */
#define CLIENTS_HANDLE_BASE 3

/* Every request handed to clients_submit ends here exactly once: answered
 * by the service (results translated back), or refused. The callback owns
 * m. */
typedef void (*clients_reply_fn)(muk_msg *m, void *ud);

/* NULL when out of memory. def is the hosted service's definition (its
 * op_handles and release_op); svc_id its id in k. */
clients *clients_new(muk_kernel *k, uint32_t svc_id, const muk_service_def *def,
                     const clients_limits *lim, clients_reply_fn reply);
/* Hand over a decoded request of client `id` (m->op set; m->service is
 * set here). held: the bytes it holds while it waits (its buffer); cost:
 * what it holds and will need at the service (plus the payload a worker
 * decompresses), reserved against the quota and budget while it runs,
 * refused at once when bigger than either. It reaches the service
 * now or after the client's requests queued before it, or is refused
 * (UV_EBADF, MUK_EQUOTA); either way it ends in the reply callback (a
 * refusal may call it before clients_submit returns). */
void clients_submit(clients *cs, uint64_t id, muk_msg *m, uint64_t held,
                    uint64_t cost, void *ud);
/* Client `id` is gone (connection closed, session over): its waiting
 * requests are refused with MUK_ECANCELED, and every handle it holds is
 * released with the schema's release_op once no request of it uses the
 * handle. Its requests at the service still end through the callback; a
 * handle one of them creates is released at once. An unknown id: nothing. */
void clients_end(clients *cs, uint64_t id);
/* An event the service emitted (a service with event_handles): the
 * client holding the handle it is about gets it, its handle arguments
 * translated to that client's numbers and the handles it creates (net's
 * accepted socket) made that client's. 0 and *id; -1 when no live client
 * holds it (drop it: a handle it created is released). */
int clients_event(clients *cs, muk_msg *m, uint64_t *id);
/* Shutting down: refuse every waiting request (MUK_ECANCELED). */
void clients_shutdown(clients *cs);
/* After the kernel's loop has stopped with nothing in flight. */
void clients_free(clients *cs);

typedef struct clients_stats {
  uint64_t clients;  /* known clients (with handles, requests or a queue) */
  uint64_t handles;  /* handles held by all clients */
  uint64_t queued;   /* requests waiting */
  uint64_t reserved; /* bytes of requests at the service */
  uint64_t refused;  /* requests refused with MUK_EQUOTA so far */
} clients_stats;
void clients_stats_get(const clients *cs, clients_stats *out);

#endif
