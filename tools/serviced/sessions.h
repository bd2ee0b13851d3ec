/* sessions.h — muk-serviced's table of client sessions (docs/wire.md,
 * "Sessions").
 *
 * A session is one client: one muk_register_remote() binding, whatever
 * number of nanomsg sockets it uses (its async socket and its sync one each
 * handshake a connection of their own, with their own keys and sequence
 * numbers; the second joins the session the first made). Each session has a
 * stable client id (1, 2, ...: what the request path tags requests with)
 * and ends exactly once — on the client's BYE, when idle past the lease, or
 * when the table is freed — and on_end(client, ud) is called then, so that
 * per-client state (handles, quotas) can be released. */
#ifndef MUK_SERVICED_SESSIONS_H
#define MUK_SERVICED_SESSIONS_H

#include <stddef.h>
#include <stdint.h>

#include "outq.h"
#include "wire_sec.h"

typedef struct sessions sessions;
typedef struct session session;

/* One handshaken connection (a client socket). */
typedef struct sess_conn {
  muk_wire_link link;
  session *sess;
  struct sess_conn *hnext; /* hash chain by link.conn */
  struct sess_conn *snext; /* the session's connections, oldest first */
  outq *out; /* a connection that takes events (MUK_WH_EVENTS): everything
                sent on it goes through here; NULL otherwise */
} sess_conn;

struct session {
  uint64_t client; /* stable id, never reused by this process */
  uint64_t token;  /* names the session on the wire (HELLO's join) */
  uint8_t join_key[32];
  uint64_t last_seen; /* ms, of the last authentic frame */
  sess_conn *conns;
  int nconns;
  sess_conn *events;    /* its newest connection that takes events */
  session *cnext;       /* hash chain by client */
  session *hnext;       /* hash chain by token */
  session *prev, *next; /* all sessions */
};

typedef void (*sessions_end_fn)(uint64_t client, void *ud);

/* key NULL: sessions without authentication (ipc://, loopback). encrypt:
 * every connection is encrypted, whatever the client asks. */
sessions *sessions_new(const uint8_t *key, size_t klen, int encrypt, uint32_t lease_ms,
                       sessions_end_fn on_end, void *ud);
/* Ends every session (on_end for each), frees the table. */
void sessions_free(sessions *t);

/* Answer a HELLO (envelope e already read from buf): a WELCOME that starts
 * or joins a session, or a REFUSE. Writes the answer to out
 * (MUK_WIRE_HS_MAX bytes) and returns its length; 0 when the HELLO is
 * malformed (drop it). *why says why when the answer is a REFUSE. */
size_t sessions_hello(sessions *t, const uint8_t *buf, size_t n, const muk_wire_env *e,
                      uint64_t now, uint8_t *out, const char **why);

/* Grant MUK_WH_EVENTS to HELLOs that ask for it (a service with events):
 * such a connection gets an outq sending with fn. */
void sessions_take_events(sessions *t, outq_send_fn fn);
/* The session of client id, or NULL. */
session *sessions_by_client(sessions *t, uint64_t client);
/* The connection conn, or NULL. */
sess_conn *sessions_conn(sessions *t, uint64_t conn);
/* An authentic frame arrived on c. */
void sessions_touch(sess_conn *c, uint64_t now);
/* End s (on_end runs before this returns). */
void sessions_end(sessions *t, session *s, const char *why);
/* End the sessions idle for more than the lease. Returns how many. */
size_t sessions_sweep(sessions *t, uint64_t now);
size_t sessions_count(const sessions *t);
/* Inside on_end: why the session ends ("goodbye", "idle past its lease",
 * "shutdown"). */
const char *sessions_end_reason(const sessions *t);
uint32_t sessions_lease_ms(const sessions *t);

#endif
