/* test_isolation.c — muk-serviced hosting fs keeps its clients apart and
 * its memory bounded, as an attacker would probe it: every nanomsg socket
 * here is one client with its own wire v2 session, speaking the wire format
 * directly (handshake and sealing by hand, as kernel/transport_nn.c does).
 *
 *   test-isolation PATH/TO/muk-serviced [BOMBS]
 *
 * - a client closing or writing a descriptor it does not own (15, 1,
 *   another client's) gets EBADF and the server keeps serving;
 * - a client at its handle quota gets EQUOTA while another opens and reads;
 * - decompression bombs (zstd frames of a few KiB declaring 64 MiB), one and
 *   BOMBS (200 by default, 48 in the suite) at once from four clients, while
 *   a fifth is answered;
 * - readFile of /dev/zero and a 2 GiB read fail or shorten cleanly;
 * - SIGTERM with live sessions holding handles: exit status 0;
 * - again with a key: forged bombs (tag or body altered) are dropped before
 *   any reservation or decompression, sealed ones are bounded as without;
 * and muk-serviced's peak RSS (VmHWM) stays under budget + 128 MiB.
 * Waits are bounded by alarm() as a safety net only; nothing asserts on
 * time. */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nanomsg/nn.h>
#include <nanomsg/reqrep.h>

#include "muk.h"
#include "wire.h"
#include "wire_sec.h"

extern char **environ;

#define CHECK(c)                                                          \
  do {                                                                    \
    if (!(c)) {                                                           \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #c); \
      exit(1);                                                            \
    }                                                                     \
  } while (0)

#define MAX_HANDLES 8
#define BUDGET_MIB 256
#define BOMB_SIZE (64u << 20)

static pid_t child;
static void kill_child(void) {
  if (child > 0)
    kill(child, SIGKILL);
}

static muk_kernel *K; /* for muk_msg_new only */
static muk_wire_codec *codec;
static const muk_service_def *fs;
static uint64_t next_id = 1;

static uint32_t op(const char *name) {
  for (uint32_t i = 0; i < fs->nops; i++)
    if (!strcmp(fs->op_names[i], name))
      return i;
  CHECK(!"no such fs op");
  return 0;
}

/* One client: a raw nanomsg socket with its own wire v2 session (the
 * handshake and sealing of kernel/transport_nn.c, by hand). */
typedef struct conn {
  int s;
  muk_wire_link l;
} conn;
#define BT 4 /* the backtrace word XREQ wants in front of each frame */

static void put_bt(uint8_t *b, uint64_t id) {
  uint32_t w = (uint32_t)(id & 0x7fffffff) | 0x80000000u;
  b[0] = (uint8_t)(w >> 24);
  b[1] = (uint8_t)(w >> 16);
  b[2] = (uint8_t)(w >> 8);
  b[3] = (uint8_t)w;
}

/* Connect to url and handshake a new session (tagged with key if set). */
static conn *client_key(const char *url, const uint8_t *key, size_t klen) {
  conn *c = calloc(1, sizeof *c);
  CHECK(c);
  int s = nn_socket(AF_SP_RAW, NN_REQ), maxsz = MUK_WIRE_NN_RCVMAXSIZE, tmo = 60000;
  CHECK(s >= 0);
  CHECK(nn_setsockopt(s, NN_SOL_SOCKET, NN_RCVMAXSIZE, &maxsz, sizeof maxsz) == 0);
  CHECK(nn_setsockopt(s, NN_SOL_SOCKET, NN_RCVTIMEO, &tmo, sizeof tmo) == 0);
  CHECK(nn_connect(s, url) >= 0);
  c->s = s;
  muk_wire_hello h = {.flags = key ? MUK_WH_KEYED : 0, .join = 0};
  CHECK(muk_wire_random(h.nonce, sizeof h.nonce) == 0);
  uint8_t out[BT + MUK_WIRE_HS_MAX];
  size_t n = muk_wire_hello_build(out + BT, &h, key, klen);
  CHECK(n > 0);
  put_bt(out, 0);
  CHECK(nn_send(s, out, BT + n, 0) == (int)(BT + n));
  void *buf = NULL;
  int got = nn_recv(s, &buf, NN_MSG, 0);
  CHECK(got > 0);
  muk_wire_env e;
  muk_wire_welcome w;
  CHECK(muk_wire_env_read(buf, (size_t)got, &e) == 0 && e.kind == MUK_WK_WELCOME);
  CHECK(muk_wire_welcome_read(buf, (size_t)got, &e, &w) == 0);
  CHECK(!memcmp(w.cnonce, h.nonce, sizeof h.nonce));
  CHECK(!key || muk_wire_tag_ok(buf, (size_t)got, key, klen));
  CHECK(muk_wire_link_init(&c->l, 0, e.conn, key, klen, 0, w.cnonce, w.snonce, w.token,
                           NULL) == 0);
  nn_freemsg(buf);
  return c;
}

static conn *client(const char *url) { return client_key(url, NULL, 0); }

static void conn_close(conn *c) {
  nn_close(c->s);
  muk_wire_link_free(&c->l);
  free(c);
}

/* Seal the frame at out + BT (len counts BT; MUK_WIRE_TAG_SIZE bytes of room
 * after it) as request id on c and send it; forge != 0 spoils one byte of
 * it after sealing (the tag when forge is 1, the body when 2). */
static void send_sealed(conn *c, uint8_t *out, size_t len, uint64_t id, int forge) {
  size_t n = muk_wire_seal(&c->l, MUK_WK_DATA, out + BT, len - BT);
  CHECK(n > 0);
  if (forge == 1) out[BT + n - 1] ^= 1;
  if (forge == 2) out[BT + n / 2] ^= 1;
  put_bt(out, id);
  CHECK(nn_send(c->s, out, BT + n, 0) == (int)(BT + n));
}

/* Send m (freed) as request `id` of op on c. */
static void send_req(conn *c, uint32_t o, muk_msg *m, uint64_t id) {
  muk_wire_hdr h = {"fs", 2, o, id, 0, 0};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, BT, &out, &len) == 0);
  send_sealed(c, (uint8_t *)out, len, id, 0);
  muk_msg_free(m);
}

/* The next reply on c, opened and decoded into a new message (its id in
 * m->tag). */
static muk_msg *recv_reply(conn *c) {
  void *buf = NULL;
  int n = nn_recv(c->s, &buf, NN_MSG, 0);
  CHECK(n > 0);
  muk_wire_env e;
  size_t end;
  CHECK(muk_wire_env_read(buf, (size_t)n, &e) == 0);
  int32_t st;
  uint64_t echo;
  const char *why;
  size_t wl;
  if (e.kind == MUK_WK_REFUSE && !muk_wire_refuse_read(buf, (size_t)n, &e, &st, &echo, &why, &wl))
    fprintf(stderr, "REFUSE of conn %llu seq %llu: %s: %.*s\n", (unsigned long long)e.conn,
            (unsigned long long)echo, muk_errname(st), (int)wl, why);
  CHECK(e.kind == MUK_WK_DATA);
  CHECK(muk_wire_open(&c->l, &e, buf, (size_t)n, &end) == 0);
  muk_wire_view v;
  CHECK(muk_wire_parse(buf, end, &v) == 0);
  muk_msg *m = muk_msg_new(K);
  CHECK(muk_wire_apply(codec, &v, m, NULL, NULL) >= 0);
  m->tag = v.hdr.id;
  nn_freemsg(buf);
  return m;
}

static muk_msg *rpc(conn *s, const char *name, muk_msg *m) {
  uint64_t id = next_id++;
  send_req(s, op(name), m, id);
  muk_msg *r = recv_reply(s);
  CHECK(r->tag == id);
  return r;
}

static muk_msg *req(void) { return muk_msg_new(K); }
static muk_msg *req_i(int64_t a) {
  muk_msg *m = req();
  muk_msg_add_i64(m, a);
  return m;
}
static muk_msg *req_s(const char *s) {
  muk_msg *m = req();
  muk_msg_add_str(m, s, strlen(s));
  return m;
}

static int status_of(conn *s, const char *name, muk_msg *m) {
  muk_msg *r = rpc(s, name, m);
  int st = r->status;
  muk_msg_free(r);
  return st;
}

static int64_t open_file(conn *s, const char *path, int *status) {
  muk_msg *m = req_s(path);
  muk_msg_add_i64(m, 0); /* O_RDONLY */
  muk_msg_add_i64(m, 0);
  muk_msg *r = rpc(s, "open", m);
  int64_t fd = -1;
  *status = r->status;
  if (r->status == 0)
    CHECK(muk_msg_i64(r, 0, &fd) == 0);
  muk_msg_free(r);
  return fd;
}

static long vmhwm_kib(pid_t pid) {
  char path[64], line[256];
  long v = -1;
  snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
  FILE *f = fopen(path, "r");
  CHECK(f);
  while (fgets(line, sizeof line, f))
    if (!strncmp(line, "VmHWM:", 6))
      v = strtol(line + 6, NULL, 10);
  fclose(f);
  return v;
}

static int count_fds(pid_t pid) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/fd", (int)pid);
  DIR *d = opendir(path);
  CHECK(d);
  int n = 0;
  while (readdir(d))
    n++;
  closedir(d);
  return n;
}

static void alive(conn *s) {
  CHECK(status_of(s, "stat", req_s("/")) == 0);
}

#define NSOCKS 4 /* clients sending bombs */
#define FORGED 20
#define LEASE_MS "600000"

/* SIGTERM the child: it must exit 0. */
static void stop_child(void) {
  CHECK(kill(child, SIGTERM) == 0);
  int ws;
  CHECK(waitpid(child, &ws, 0) == child);
  child = 0;
  CHECK(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
}

/* A bomb: an unsealed DATA frame (BT headroom, room for a tag after) of a
 * stat whose zstd payload declares 64 MiB; *len counts BT. */
static uint8_t *bomb_make(size_t *len) {
  muk_msg *m = req_s("/");
  uint8_t *zeros = calloc(1, BOMB_SIZE);
  CHECK(zeros);
  muk_msg_set_payload(m, zeros, BOMB_SIZE, NULL, NULL);
  muk_wire_hdr h = {"fs", 2, op("stat"), 0, 0, 0};
  const uint8_t *out;
  CHECK(muk_wire_encode(codec, &h, m, BT, &out, len) == 0);
  muk_msg_free(m);
  free(zeros);
  uint8_t *bomb = malloc(*len + MUK_WIRE_TAG_SIZE);
  CHECK(bomb);
  memcpy(bomb, out, *len);
  return bomb;
}

/* Send a copy of bomb as request id on c (forge: see send_sealed). */
static void bomb_send(conn *c, const uint8_t *bomb, size_t blen, uint64_t id, int forge) {
  static uint8_t *scratch;
  static size_t cap;
  if (cap < blen + MUK_WIRE_TAG_SIZE) {
    free(scratch);
    cap = blen + MUK_WIRE_TAG_SIZE;
    CHECK(scratch = malloc(cap));
  }
  memcpy(scratch, bomb, blen);
  for (int k = 0; k < 8; k++) /* the wire id, at offset 40 of the frame */
    scratch[BT + 40 + k] = (uint8_t)(id >> (8 * k));
  send_sealed(c, scratch, blen, id, forge);
}

static uint64_t first_bomb_id; /* replies with a smaller id are not ours */

/* n bombs from the NSOCKS clients in socks while `other` is served; every
 * bomb is answered (ok, or EQUOTA from the budget) and the peak RSS stays
 * under budget + 128 MiB. */
static void bomb_round(conn **socks, conn *other, const uint8_t *bomb, size_t blen, int n,
                       const char *what) {
  for (int i = 0; i < n; i++)
    bomb_send(socks[i % NSOCKS], bomb, blen, next_id++, 0);
  for (int i = 0; i < 20; i++) /* a well-formed client while they run */
    alive(other);
  int answered = 0, ok = 0, refused = 0;
  for (int i = 0; i < NSOCKS; i++)
    for (int j = i; j < n; j += NSOCKS) {
      muk_msg *r = recv_reply(socks[i]);
      CHECK(r->tag >= first_bomb_id);
      answered++;
      if (r->status == 0)
        ok++;
      else if (r->status == MUK_EQUOTA)
        refused++;
      muk_msg_free(r);
    }
  alive(other);
  long hwm = vmhwm_kib(child);
  printf("ok   %d bomb(s) from %d clients (%s): %d answered (%d ok, %d EQUOTA), the "
         "other client answered throughout; VmHWM %ld KiB\n",
         n, NSOCKS, what, answered, ok, refused, hwm);
  CHECK(answered == n && ok + refused == n);
  CHECK(hwm < (BUDGET_MIB + 128) * 1024L);
}

int main(int argc, char **argv) {
  CHECK(argc >= 2);
  int bombs = argc > 2 ? atoi(argv[2]) : 200;
  char dir[] = "/tmp/muk-iso-XXXXXX", url[128], file[160];
  CHECK(mkdtemp(dir));
  snprintf(url, sizeof url, "ipc://%s/fs.ipc", dir);
  snprintf(file, sizeof file, "%s/data.txt", dir);
  FILE *f = fopen(file, "w");
  CHECK(f && fputs("hello isolation\n", f) >= 0 && fclose(f) == 0);
  char maxh[16];
  snprintf(maxh, sizeof maxh, "%d", MAX_HANDLES);
  /* These raw clients send no keepalives: a lease as long as the alarm
   * keeps a slow run (sanitizers, a busy machine) from ending a session. */
  char *args[] = {argv[1], "--service", "fs", "--listen", url, "--quiet",
                  "--max-handles", maxh, "--lease-ms", LEASE_MS, NULL};
  CHECK(posix_spawn(&child, argv[1], NULL, NULL, args, environ) == 0);
  atexit(kill_child);
  alarm(600);
  K = muk_kernel_new(NULL);
  codec = muk_wire_codec_new();
  fs = muk_builtin_service("fs");
  CHECK(K && codec && fs);

  conn *a = client(url), *b = client(url);
  alive(a); /* connects are asynchronous: the first reply says it is up */
  alive(b);
  int fds0 = count_fds(child);

  /* 1. descriptors the client does not own */
  CHECK(status_of(a, "close", req_i(15)) == UV_EBADF);
  CHECK(status_of(a, "close", req_i(3)) == UV_EBADF);
  muk_msg *m = req_i(1);
  muk_msg_add_i64(m, -1);
  muk_msg_set_payload(m, (void *)"pwned\n", 6, NULL, NULL);
  CHECK(status_of(a, "write", m) == UV_EBADF);
  m = req_i(0);
  muk_msg_add_i64(m, 0);
  CHECK(status_of(a, "readFile", m) == UV_EBADF);
  alive(a);
  alive(b);
  CHECK(count_fds(child) == fds0);
  printf("ok   unknown descriptors: EBADF, server unharmed\n");

  /* 2. another client's descriptor */
  int st;
  int64_t fa = open_file(a, file, &st);
  CHECK(st == 0 && fa >= 0);
  CHECK(status_of(a, "fstat", req_i(fa)) == 0);
  CHECK(status_of(b, "fstat", req_i(fa)) == UV_EBADF);
  CHECK(status_of(b, "close", req_i(fa)) == UV_EBADF);
  m = req_i(fa);
  muk_msg_add_i64(m, 5);
  muk_msg_add_i64(m, 0);
  muk_msg *r = rpc(a, "read", m);
  CHECK(r->status == 0 && r->payload.len == 5 && !memcmp(r->payload.data, "hello", 5));
  muk_msg_free(r);
  CHECK(status_of(a, "close", req_i(fa)) == 0);
  CHECK(status_of(a, "fstat", req_i(fa)) == UV_EBADF);
  CHECK(count_fds(child) == fds0);
  printf("ok   another client's descriptor: EBADF; its own: works, then closed\n");

  /* 3. handle quota: a is refused, b keeps working */
  int64_t held[MAX_HANDLES];
  for (int i = 0; i < MAX_HANDLES; i++) {
    held[i] = open_file(a, file, &st);
    CHECK(st == 0);
  }
  m = req_s(file);
  muk_msg_add_i64(m, 0);
  muk_msg_add_i64(m, 0);
  r = rpc(a, "open", m);
  const char *why;
  size_t wl;
  CHECK(r->status == MUK_EQUOTA);
  CHECK(muk_msg_str(r, 0, &why, &wl) == 0 && strstr(why, "handles"));
  printf("ok   client over its handle quota: %s: %s\n", muk_errname(r->status), why);
  muk_msg_free(r);
  CHECK(count_fds(child) == fds0 + MAX_HANDLES);
  int64_t fb = open_file(b, file, &st);
  CHECK(st == 0);
  m = req_i(fb);
  muk_msg_add_i64(m, 0);
  r = rpc(b, "readFile", m);
  CHECK(r->status == 0 && r->payload.len == 16);
  muk_msg_free(r);
  CHECK(status_of(b, "close", req_i(fb)) == 0);
  CHECK(status_of(a, "close", req_i(held[0])) == 0);
  held[0] = open_file(a, file, &st);
  CHECK(st == 0);
  for (int i = 0; i < MAX_HANDLES; i++)
    CHECK(status_of(a, "close", req_i(held[i])) == 0);
  CHECK(count_fds(child) == fds0);
  printf("ok   the other client opens and reads meanwhile; closing frees quota\n");

  /* 4. replies bounded: /dev/zero */
  m = req_s("/dev/zero");
  muk_msg_add_i64(m, 0);
  CHECK(status_of(a, "readFile", m) == MUK_ETOOBIG);
  int64_t fz = open_file(a, "/dev/zero", &st);
  CHECK(st == 0);
  m = req_i(fz);
  muk_msg_add_i64(m, 2147483647);
  muk_msg_add_i64(m, -1);
  r = rpc(a, "read", m);
  CHECK(r->status == 0 && r->payload.len == MUK_WIRE_MAX_PAYLOAD);
  muk_msg_free(r);
  CHECK(status_of(a, "close", req_i(fz)) == 0);
  printf("ok   readFile /dev/zero: ETOOBIG; read of 2 GiB: %u bytes; VmHWM %ld KiB\n",
         MUK_WIRE_MAX_PAYLOAD, vmhwm_kib(child));

  /* 5. decompression bombs, one then many, while b is served */
  size_t blen;
  uint8_t *bomb = bomb_make(&blen);
  printf("     a bomb is %zu bytes on the wire, %u decompressed\n", blen - BT, BOMB_SIZE);
  conn *socks[NSOCKS];
  for (int i = 0; i < NSOCKS; i++) {
    socks[i] = client(url);
    alive(socks[i]);
  }
  bomb_round(socks, b, bomb, blen, 1, "no key");
  bomb_round(socks, b, bomb, blen, bombs, "no key");

  /* the server stops cleanly with live sessions, one holding a file */
  int fds1 = count_fds(child);
  fa = open_file(a, file, &st);
  CHECK(st == 0);
  CHECK(count_fds(child) == fds1 + 1);
  stop_child();
  printf("ok   muk-serviced exits 0 on SIGTERM with live sessions holding handles\n");
  for (int i = 0; i < NSOCKS; i++)
    conn_close(socks[i]);
  conn_close(a);
  conn_close(b);

  /* 6. the same with a key: forged bombs are dropped before anything is
   * reserved or inflated; sealed ones are bounded as above */
  char keyf[160], errf[160];
  snprintf(keyf, sizeof keyf, "%s/key", dir);
  snprintf(errf, sizeof errf, "%s/serviced.err", dir);
  f = fopen(keyf, "w");
  CHECK(f && fputs("6d756b2069736f6c6174696f6e207465737420736861726564206b6579203332\n", f) >= 0 &&
        fclose(f) == 0 && chmod(keyf, 0600) == 0);
  uint8_t *key;
  size_t klen;
  char kerr[256];
  CHECK(muk_key_file_read(keyf, &key, &klen, kerr, sizeof kerr) == 0);
  char *kargs[] = {argv[1], "--service", "fs", "--listen", url, "--key-file", keyf,
                   "--max-handles", maxh, "--lease-ms", LEASE_MS, NULL};
  posix_spawn_file_actions_t fa_err;
  CHECK(posix_spawn_file_actions_init(&fa_err) == 0);
  CHECK(posix_spawn_file_actions_addopen(&fa_err, 2, errf, O_WRONLY | O_CREAT | O_TRUNC,
                                         0600) == 0);
  CHECK(posix_spawn(&child, argv[1], &fa_err, NULL, kargs, environ) == 0);
  posix_spawn_file_actions_destroy(&fa_err);
  b = client_key(url, key, klen);
  alive(b);
  for (int i = 0; i < NSOCKS; i++) {
    socks[i] = client_key(url, key, klen);
    alive(socks[i]);
  }
  long hwm0 = vmhwm_kib(child);
  uint64_t forged_from = next_id;
  for (int i = 0; i < FORGED; i++)
    bomb_send(socks[i % NSOCKS], bomb, blen, next_id++, 1 + i % 2);
  for (int i = 0; i < NSOCKS; i++)
    alive(socks[i]); /* answered: the forged frames before them were not */
  long hwm1 = vmhwm_kib(child);
  printf("ok   %d forged bombs (tag or body altered) unanswered; VmHWM %ld -> %ld KiB\n",
         FORGED, hwm0, hwm1);
  CHECK(hwm1 - hwm0 < (long)(BOMB_SIZE >> 10) / 2);
  first_bomb_id = next_id; /* a reply to a forged one would fail bomb_round */
  (void)forged_from;
  bomb_round(socks, b, bomb, blen, 1, "key");
  bomb_round(socks, b, bomb, blen, bombs, "key");
  free(bomb);
  stop_child();
  /* the count muk-serviced prints at exit includes every forged frame */
  f = fopen(errf, "r");
  CHECK(f);
  char line[512];
  unsigned long long dropped = 0;
  while (fgets(line, sizeof line, f))
    if (strstr(line, "message(s) dropped in all"))
      CHECK(sscanf(line, "muk-serviced: %llu", &dropped) == 1);
  fclose(f);
  printf("ok   keyed muk-serviced counted %llu dropped frames, exits 0 on SIGTERM\n",
         dropped);
  CHECK(dropped >= FORGED);
  for (int i = 0; i < NSOCKS; i++)
    conn_close(socks[i]);
  conn_close(b);
  muk_key_free(key, klen);

  unlink(file);
  unlink(keyf);
  unlink(errf);
  char sock[160];
  snprintf(sock, sizeof sock, "%s/fs.ipc", dir);
  unlink(sock);
  rmdir(dir);
  muk_wire_codec_free(codec);
  muk_kernel_free(K);
  return 0;
}
