/* test_isolation.c — muk-serviced hosting fs keeps its clients apart and
 * its memory bounded, as an attacker would probe it: every nanomsg socket
 * here is one client, speaking the wire format directly.
 *
 *   test-isolation PATH/TO/muk-serviced [BOMBS]
 *
 * - a client closing or writing a descriptor it does not own (15, 1,
 *   another client's) gets EBADF and the server keeps serving;
 * - a client at its handle quota gets EQUOTA while another opens and reads;
 * - decompression bombs (zstd frames of a few KiB declaring 64 MiB), one and
 *   BOMBS (200) at once from four clients, while a fifth is answered;
 * - readFile of /dev/zero and a 2 GiB read fail or shorten cleanly;
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
#include <unistd.h>

#include <nanomsg/nn.h>
#include <nanomsg/reqrep.h>

#include "muk.h"
#include "wire.h"

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

static int client(const char *url) {
  int s = nn_socket(AF_SP_RAW, NN_REQ), maxsz = MUK_WIRE_NN_RCVMAXSIZE, tmo = 60000;
  CHECK(s >= 0);
  CHECK(nn_setsockopt(s, NN_SOL_SOCKET, NN_RCVMAXSIZE, &maxsz, sizeof maxsz) == 0);
  CHECK(nn_setsockopt(s, NN_SOL_SOCKET, NN_RCVTIMEO, &tmo, sizeof tmo) == 0);
  CHECK(nn_connect(s, url) >= 0);
  return s;
}

/* Send m (freed) as request `id` of op on socket s. */
static void send_req(int s, uint32_t o, muk_msg *m, uint64_t id) {
  muk_wire_hdr h = {"fs", 2, o, id, 0, 0};
  const uint8_t *out;
  size_t len;
  CHECK(muk_wire_encode(codec, &h, m, 4, &out, &len) == 0);
  uint8_t *buf = (uint8_t *)out;
  uint32_t w = (uint32_t)(id & 0x7fffffff) | 0x80000000u;
  buf[0] = (uint8_t)(w >> 24);
  buf[1] = (uint8_t)(w >> 16);
  buf[2] = (uint8_t)(w >> 8);
  buf[3] = (uint8_t)w;
  CHECK(nn_send(s, buf, len, 0) == (int)len);
  muk_msg_free(m);
}

/* The next reply on s, decoded into a new message (its id in m->tag). */
static muk_msg *recv_reply(int s) {
  void *buf = NULL;
  int n = nn_recv(s, &buf, NN_MSG, 0);
  CHECK(n > 0);
  muk_wire_view v;
  CHECK(muk_wire_parse(buf, (size_t)n, &v) == 0);
  muk_msg *m = muk_msg_new(K);
  CHECK(muk_wire_apply(codec, &v, m, NULL, NULL) >= 0);
  m->tag = v.hdr.id;
  nn_freemsg(buf);
  return m;
}

static muk_msg *rpc(int s, const char *name, muk_msg *m) {
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

static int status_of(int s, const char *name, muk_msg *m) {
  muk_msg *r = rpc(s, name, m);
  int st = r->status;
  muk_msg_free(r);
  return st;
}

static int64_t open_file(int s, const char *path, int *status) {
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

static void alive(int s) {
  CHECK(status_of(s, "stat", req_s("/")) == 0);
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
  char *args[] = {argv[1], "--service", "fs", "--listen", url, "--quiet",
                  "--max-handles", maxh, NULL};
  CHECK(posix_spawn(&child, argv[1], NULL, NULL, args, environ) == 0);
  atexit(kill_child);
  alarm(600);
  K = muk_kernel_new(NULL);
  codec = muk_wire_codec_new();
  fs = muk_builtin_service("fs");
  CHECK(K && codec && fs);

  int a = client(url), b = client(url);
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

  /* 5. decompression bombs: a stat with a zstd frame declaring 64 MiB */
  m = req_s("/");
  uint8_t *zeros = calloc(1, BOMB_SIZE);
  CHECK(zeros);
  muk_msg_set_payload(m, zeros, BOMB_SIZE, NULL, NULL);
  muk_wire_hdr h = {"fs", 2, op("stat"), 0, 0, 0};
  const uint8_t *out;
  size_t blen;
  CHECK(muk_wire_encode(codec, &h, m, 4, &out, &blen) == 0);
  muk_msg_free(m);
  free(zeros);
  uint8_t *bomb = malloc(blen);
  CHECK(bomb);
  memcpy(bomb, out, blen);
  printf("     a bomb is %zu bytes on the wire, %u decompressed\n", blen, BOMB_SIZE);
  uint8_t *bomb_body = bomb + 4; /* one copy per send, with its own id */
  (void)bomb_body;
  int socks[4];
  for (int i = 0; i < 4; i++) {
    socks[i] = client(url);
    alive(socks[i]);
  }
  int answered = 0, ok = 0, refused = 0;
  for (int i = 0; i < bombs; i++) {
    int s = socks[i % 4];
    uint64_t id = next_id++;
    uint32_t w = (uint32_t)(id & 0x7fffffff) | 0x80000000u;
    bomb[0] = (uint8_t)(w >> 24);
    bomb[1] = (uint8_t)(w >> 16);
    bomb[2] = (uint8_t)(w >> 8);
    bomb[3] = (uint8_t)w;
    /* the wire id at offset 16 of the message */
    for (int k = 0; k < 8; k++)
      bomb[4 + 16 + k] = (uint8_t)(id >> (8 * k));
    CHECK(nn_send(s, bomb, blen, 0) == (int)blen);
  }
  /* a well-formed client while they run */
  for (int i = 0; i < 20; i++)
    alive(b);
  for (int i = 0; i < 4; i++)
    for (int j = i; j < bombs; j += 4) {
      r = recv_reply(socks[i]);
      answered++;
      if (r->status == 0)
        ok++;
      else if (r->status == MUK_EQUOTA)
        refused++;
      muk_msg_free(r);
    }
  alive(b);
  long hwm = vmhwm_kib(child);
  printf("ok   %d bombs from 4 clients: %d answered (%d ok, %d EQUOTA), the other "
         "client answered throughout; VmHWM %ld KiB\n", bombs, answered, ok, refused, hwm);
  CHECK(answered == bombs && ok + refused == bombs);
  CHECK(hwm < (BUDGET_MIB + 128) * 1024L);
  free(bomb);

  /* the server still stops cleanly */
  for (int i = 0; i < 4; i++)
    nn_close(socks[i]);
  nn_close(a);
  nn_close(b);
  CHECK(kill(child, SIGTERM) == 0);
  int ws;
  CHECK(waitpid(child, &ws, 0) == child);
  child = 0;
  CHECK(WIFEXITED(ws) && WEXITSTATUS(ws) == 0);
  printf("ok   muk-serviced exits 0 on SIGTERM\n");
  unlink(file);
  char sock[160];
  snprintf(sock, sizeof sock, "%s/fs.ipc", dir);
  unlink(sock);
  rmdir(dir);
  muk_wire_codec_free(codec);
  muk_kernel_free(K);
  return 0;
}
