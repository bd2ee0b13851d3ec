/* test_chunks.c — a muk client against a hand-made server (a thread with a
 * raw nanomsg XREP socket and the wire's own encoders) that answers with
 * chunked replies, good and bad: in order, out of order, past the
 * payload's end, truncated, cut short, tampered. Each bad one must fail
 * its request with a clear error (or its deadline), never hang or crash,
 * and the connection must go on serving. Replies in a BATCH frame, whole
 * and tampered, too. Without a key, keyed, and encrypted.
 *
 *   test-chunks */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <nanomsg/nn.h>
#include <nanomsg/reqrep.h>

#include "muk.h"
#include "wire.h"
#include "wire_batch.h"
#include "wire_chunk.h"
#include "wire_sec.h"

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); \
      exit(1);                                                            \
    }                                                                     \
  } while (0)

enum { SYS_ECHO = 0 };
enum { GOOD, OUT_OF_ORDER, PAST_END, TRUNCATED, CUT_SHORT, TAMPERED, OVERSIZED, BATCHED,
       BATCH_TAMPERED, NCASES };
#define TOTAL (3 * MUK_WIRE_CHUNK + 1234)

static const uint8_t KEY[] = "0123456789abcdef0123456789abcdef-chunks";
#define KLEN (sizeof KEY - 1)

static uint8_t pattern[TOTAL];

/* ---- the server ---------------------------------------------------------*/
typedef struct server {
  int sock;
  int keyed, enc;
  muk_wire_link link;
  int linked;
  _Alignas(16) uint8_t ctl[256]; /* nn_cmsghdr inside */
  size_t ctl_len;
  muk_kernel *k; /* messages for the encoder only; never run */
  muk_wire_codec *codec;
  muk_wire_chunker *chunker;
} server;

static void send_ctl(server *s, const void *frame, size_t len) {
  struct nn_iovec iov = {(void *)frame, len};
  struct nn_msghdr mh;
  memset(&mh, 0, sizeof mh);
  mh.msg_iov = &iov;
  mh.msg_iovlen = 1;
  mh.msg_control = s->ctl;
  mh.msg_controllen = s->ctl_len;
  CHECK(nn_sendmsg(s->sock, &mh, 0) >= 0);
}

static void seal_send(server *s, uint8_t *frame, size_t len, int flip) {
  size_t n = muk_wire_seal(&s->link, frame[5], frame, len);
  CHECK(n);
  if (flip) frame[n - 20] ^= 0x04; /* a byte of the body (or the tag) */
  send_ctl(s, frame, n);
}

static void send_chunk(server *s, uint64_t id, uint64_t off, size_t len, int how) {
  const uint8_t *out;
  size_t n;
  CHECK(muk_wire_chunk_encode(s->chunker, id, off, pattern + off, len, &out, &n) == 0);
  uint8_t *f = malloc(n + MUK_WIRE_TAG_SIZE);
  memcpy(f, out, n);
  if (how == TRUNCATED) n--;
  if (how == OVERSIZED) { /* claims more than a chunk may carry */
    uint32_t over = MUK_WIRE_CHUNK_MAX + 1;
    for (int i = 0; i < 4; i++) f[40 + i] = (uint8_t)(over >> (8 * i));
  }
  seal_send(s, f, n, how == TAMPERED);
  free(f);
}

/* The reply (one i64, no payload) and a reply to an id nobody waits for,
 * in one BATCH frame. */
static void reply_batched(server *s, uint64_t id, uint32_t op, int scenario) {
  muk_wire_batch b;
  memset(&b, 0, sizeof b);
  for (int i = 0; i < 2; i++) {
    muk_msg *m = muk_msg_new(s->k);
    muk_msg_add_i64(m, scenario);
    muk_wire_hdr h = {"sys", 3, op, i ? id + 1000 : id, 0, MUK_F_REPLY};
    const uint8_t *out;
    size_t len;
    CHECK(muk_wire_encode(s->codec, &h, m, 0, &out, &len) == 0);
    CHECK(muk_wire_batch_add(&b, 0, out, len) == 0);
    muk_msg_free(m);
  }
  size_t len;
  uint8_t *f = muk_wire_batch_frame(&b, &len);
  CHECK(f && f[5] == MUK_WK_BATCH);
  seal_send(s, f, len, scenario == BATCH_TAMPERED);
  muk_wire_batch_free(&b);
}

static void reply(server *s, uint64_t id, uint32_t op, int scenario) {
  if (scenario == BATCHED || scenario == BATCH_TAMPERED) {
    reply_batched(s, id, op, scenario);
    return;
  }
  muk_msg *m = muk_msg_new(s->k);
  uint64_t total = scenario == PAST_END ? 1000 : TOTAL;
  muk_msg_add_i64(m, scenario);
  muk_msg_set_payload(m, pattern, total, NULL, NULL);
  muk_wire_hdr h = {"sys", 3, op, id, 0, MUK_F_REPLY | MUK_WIRE_F_CHUNKED};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(s->codec, &h, m, 0, &out, &len) == 0);
  muk_msg_free(m);
  seal_send(s, (uint8_t *)out, len, 0);
  switch (scenario) {
  case OUT_OF_ORDER:
    send_chunk(s, id, MUK_WIRE_CHUNK, MUK_WIRE_CHUNK, 0);
    break;
  case PAST_END:
    send_chunk(s, id, 0, MUK_WIRE_CHUNK, 0);
    break;
  case TRUNCATED:
  case OVERSIZED:
    send_chunk(s, id, 0, MUK_WIRE_CHUNK, scenario);
    break;
  case CUT_SHORT: /* the first chunk, then nothing: the deadline ends it */
    send_chunk(s, id, 0, MUK_WIRE_CHUNK, 0);
    break;
  default: /* GOOD, and TAMPERED: its first chunk altered in flight */
    for (uint64_t off = 0; off < TOTAL; off += MUK_WIRE_CHUNK) {
      size_t n = TOTAL - off < MUK_WIRE_CHUNK ? TOTAL - off : MUK_WIRE_CHUNK;
      send_chunk(s, id, off, n, off == 0 && scenario == TAMPERED ? TAMPERED : 0);
    }
  }
}

static void hello(server *s, uint8_t *buf, size_t n, const muk_wire_env *e) {
  muk_wire_hello h;
  CHECK(muk_wire_hello_read(buf, n, e, &h) == 0);
  CHECK(!s->linked); /* the test makes no sync call: one connection */
  muk_wire_welcome w;
  memset(&w, 0, sizeof w);
  memcpy(w.cnonce, h.nonce, sizeof w.cnonce);
  CHECK(muk_wire_random(w.snonce, sizeof w.snonce) == 0);
  w.token = 0x5eed;
  w.lease_ms = 60000;
  w.flags = (s->keyed ? MUK_WH_KEYED : 0) | (s->enc ? MUK_WH_ENC : 0) |
            (h.flags & MUK_WH_EVENTS);
  uint64_t conn = 4242;
  CHECK(muk_wire_link_init(&s->link, 1, conn, s->keyed ? KEY : NULL, KLEN, s->enc, w.cnonce,
                           w.snonce, w.token, NULL) == 0);
  s->linked = 1;
  uint8_t out[MUK_WIRE_HS_MAX];
  size_t len = muk_wire_welcome_build(out, conn, &w, s->keyed ? KEY : NULL, KLEN);
  CHECK(len);
  send_ctl(s, out, len);
}

static void *serve(void *arg) {
  server *s = arg;
  for (;;) {
    void *buf = NULL;
    struct nn_iovec iov = {&buf, NN_MSG};
    struct nn_msghdr mh;
    memset(&mh, 0, sizeof mh);
    mh.msg_iov = &iov;
    mh.msg_iovlen = 1;
    mh.msg_control = s->ctl;
    mh.msg_controllen = sizeof s->ctl;
    int n = nn_recvmsg(s->sock, &mh, 0);
    if (n < 0) break; /* closed: the test is over */
    struct nn_cmsghdr *c = NN_CMSG_FIRSTHDR(&mh);
    CHECK(c && c->cmsg_len <= sizeof s->ctl);
    s->ctl_len = c->cmsg_len;
    muk_wire_env e;
    size_t end;
    CHECK(muk_wire_env_read(buf, (size_t)n, &e) == 0);
    if (e.kind == MUK_WK_HELLO) {
      hello(s, buf, (size_t)n, &e);
    } else {
      CHECK(s->linked && muk_wire_open(&s->link, &e, buf, (size_t)n, &end) == 0);
      if (e.kind == MUK_WK_DATA) {
        muk_wire_view v;
        CHECK(muk_wire_parse(buf, end, &v) == 0);
        if (v.hdr.op == MUK_WIRE_OP_PING) {
          muk_wire_hdr h = {"sys", 3, v.hdr.op, v.hdr.id, 0, MUK_F_REPLY};
          const uint8_t *out;
          size_t len;
          CHECK(muk_wire_encode(s->codec, &h, NULL, 0, &out, &len) == 0);
          seal_send(s, (uint8_t *)out, len, 0);
        } else {
          CHECK(v.nargs == 1 && v.args[0].type == MUK_T_I64);
          reply(s, v.hdr.id, v.hdr.op, (int)v.args[0].v.i);
        }
      } else if (e.kind == MUK_WK_BYE) {
        uint8_t bye[MUK_WIRE_ENV_SIZE + MUK_WIRE_TAG_SIZE];
        seal_send(s, bye, MUK_WIRE_ENV_SIZE, 0);
      } /* CREDIT: this server sends at once, credit or not */
    }
    nn_freemsg(buf);
  }
  return NULL;
}

/* ---- the client ---------------------------------------------------------*/
static muk_msg *last;
static void keep_cb(muk_msg *m, void *ud) { last = m; }

static muk_msg *call(muk_kernel *k, int svc, int scenario) {
  muk_msg *m = muk_msg_new(k);
  m->service = (uint32_t)svc;
  m->op = SYS_ECHO;
  muk_msg_add_i64(m, scenario);
  last = NULL;
  muk_send(k, m, keep_cb, NULL);
  muk_kernel_run(k);
  CHECK(last != NULL);
  return last;
}

static int says(muk_msg *m, const char *what) {
  const char *s;
  size_t n;
  return muk_msg_str(m, 0, &s, &n) == 0 && memmem(s, n, what, strlen(what)) != NULL;
}

static void run(int keyed, int enc) {
  char dir[] = "/tmp/muk-chunks-XXXXXX", url[128];
  CHECK(mkdtemp(dir));
  snprintf(url, sizeof url, "ipc://%s/s.ipc", dir);
  server s;
  memset(&s, 0, sizeof s);
  s.keyed = keyed;
  s.enc = enc;
  s.k = muk_kernel_new(NULL);
  s.codec = muk_wire_codec_new();
  s.chunker = muk_wire_chunker_new();
  CHECK(s.k && s.codec && s.chunker);
  s.sock = nn_socket(AF_SP_RAW, NN_REP);
  CHECK(s.sock >= 0 && nn_bind(s.sock, url) >= 0);
  pthread_t t;
  CHECK(pthread_create(&t, NULL, serve, &s) == 0);

  muk_kernel *k = muk_kernel_new(NULL);
  muk_remote_opts o = {keyed ? KEY : NULL, KLEN, enc, 0};
  char curl[160];
  snprintf(curl, sizeof curl, "%s?deadline=400", url);
  int svc = muk_register_remote_opts(k, "sys", curl, NULL, &o);
  CHECK(svc >= 0);
  for (int round = 0; round < 2; round++) {
    for (int sc = 0; sc < NCASES; sc++) {
      if ((sc == TAMPERED || sc == BATCH_TAMPERED) && !keyed)
        continue; /* without a tag, nothing to catch */
      muk_service_stats before, after;
      CHECK(muk_service_stats_get(k, (uint32_t)svc, &before) == 0);
      muk_msg *r = call(k, svc, sc);
      CHECK(muk_service_stats_get(k, (uint32_t)svc, &after) == 0);
      int64_t echo = -1;
      switch (sc) {
      case GOOD:
        CHECK(r->status == 0 && muk_msg_i64(r, 0, &echo) == 0 && echo == GOOD);
        CHECK(r->payload.len == TOTAL && !memcmp(r->payload.data, pattern, TOTAL));
        break;
      case OUT_OF_ORDER:
        CHECK(r->status == MUK_EBADMSG && says(r, "chunk out of order"));
        break;
      case PAST_END:
        CHECK(r->status == MUK_EBADMSG && says(r, "past the payload's end"));
        break;
      case TRUNCATED:
      case OVERSIZED:
        CHECK(r->status == MUK_EBADMSG && says(r, "malformed chunk"));
        break;
      case CUT_SHORT:
        CHECK(r->status == MUK_ETIMEDOUT && says(r, "did not answer before the deadline"));
        break;
      case BATCHED:
        CHECK(r->status == 0 && muk_msg_i64(r, 0, &echo) == 0 && echo == BATCHED);
        break;
      case BATCH_TAMPERED: /* dropped whole as not authentic: the deadline */
        CHECK(r->status == MUK_ETIMEDOUT && after.dropped >= before.dropped + 1);
        break;
      case TAMPERED: /* dropped as not authentic; the next one is then out of order */
        CHECK(r->status == MUK_EBADMSG && says(r, "chunk out of order"));
        CHECK(after.dropped >= before.dropped + 1);
        break;
      }
      muk_msg_free(r);
    }
  }
  muk_kernel_free(k); /* sends BYE, which the server answers */
  nn_close(s.sock);
  pthread_join(t, NULL);
  if (s.linked) muk_wire_link_free(&s.link);
  muk_wire_chunker_free(s.chunker);
  muk_wire_codec_free(s.codec);
  muk_kernel_free(s.k);
  char path[160];
  snprintf(path, sizeof path, "%s/s.ipc", dir);
  unlink(path);
  rmdir(dir);
}

int main(void) {
  for (size_t i = 0; i < TOTAL; i++) pattern[i] = (uint8_t)(i * 7 + i / 1000);
  run(0, 0);
  run(1, 0);
  run(1, 1);
  printf("chunks: ok\n");
  return 0;
}
