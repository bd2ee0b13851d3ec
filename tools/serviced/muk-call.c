/* muk-call — send one message to a remote service and print the reply.
 *
 *   muk-call [--bytes FILE] [--out FILE] [--timeout MS] [--no-compress] URL SERVICE OP [ARG...]
 *   muk-call [options] URL --stats   the muk-serviced's metrics (Prometheus text;
 *                                    URL1,URL2,...: each one's, after "# endpoint URL")
 *
 * OP is an op name of the service's schema (or its number). Each ARG is sent
 * as an i64 when it is an integer, else as a string. The reply's status and
 * arguments are printed one per line; exit 0 on success, 1 when the status
 * is an error (its name goes to stderr), 2 on bad usage. It goes through the
 * same path as any program: muk_register_remote() + muk_send(). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "muk.h"

static int status_out = 2;
static const char *out_file;
static int stats_mode;

static void usage(FILE *f) {
  fprintf(f,
          "usage: muk-call [options] URL SERVICE OP [ARG...]\n"
          "       muk-call [options] URL --stats\n"
          "\n"
          "Sends one message to SERVICE at URL (ipc://PATH, tcp://HOST:PORT) and prints\n"
          "the reply: 'status NAME', then one line per result argument\n"
          "('i64 N', 'f64 X', 'str S', 'bytes N HEX'), then 'payload N' if any.\n"
          "ARGs that are integers are sent as i64, the others as strings.\n"
          "\n"
          "  --bytes FILE    send FILE's contents as the payload\n"
          "  --out FILE      write the reply payload to FILE\n"
          "  --timeout MS    deadline (default 30000)\n"
          "  --key-file PATH the service's shared key (default: $MUK_KEY_FILE)\n"
          "  --encrypt       ask for an encrypted link (needs a key; also\n"
          "                  MUK_WIRE_ENCRYPT=1)\n"
          "  --no-compress   send the payload raw, never zstd (also\n"
          "                  MUK_WIRE_COMPRESS=0)\n"
          "  --stats         print the muk-serviced's metrics in Prometheus's text\n"
          "                  format (requests, errors by code, latency, bytes, sessions);\n"
          "                  for URL1,URL2,... each one's after a line '# endpoint URL'\n"
          "                  (exit 1 when one does not answer)\n"
          "  --help          this text\n"
          "\n"
          "Exit status: 0 ok, 1 the reply is an error, 2 usage or setup error.\n");
}

static void on_reply(muk_msg *m, void *ud) {
  if (stats_mode && m->status == 0) { /* the text as it came */
    fwrite(m->payload.data, 1, m->payload.len, stdout);
    fflush(stdout);
    status_out = 0;
    muk_msg_free(m);
    return;
  }
  printf("status %s\n", m->status ? muk_errname(m->status) : "OK");
  for (uint32_t i = 0; i < m->nargs; i++) {
    const muk_arg *a = &m->args[i];
    switch (a->type) {
    case MUK_T_I64: printf("i64 %" PRId64 "\n", a->v.i); break;
    case MUK_T_F64: printf("f64 %.17g\n", a->v.f); break;
    case MUK_T_STR: printf("str %.*s\n", (int)a->len, a->v.s); break;
    case MUK_T_BYTES:
      printf("bytes %u ", a->len);
      for (uint32_t j = 0; j < a->len; j++) printf("%02x", a->v.b[j]);
      printf("\n");
      break;
    default: printf("? type %u\n", a->type);
    }
  }
  if (m->payload.len) {
    printf("payload %zu\n", m->payload.len);
    if (out_file) {
      FILE *f = fopen(out_file, "wb");
      if (!f || fwrite(m->payload.data, 1, m->payload.len, f) != m->payload.len)
        fprintf(stderr, "muk-call: cannot write %s: %s\n", out_file, strerror(errno));
      if (f) fclose(f);
    }
  }
  if (m->status) {
    const char *why = NULL;
    size_t wl = 0;
    if (m->nargs && muk_msg_str(m, 0, &why, &wl) == 0 && wl)
      fprintf(stderr, "muk-call: %s: %s (%.*s)\n", muk_errname(m->status),
              muk_strerror(m->status), (int)wl, why);
    else
      fprintf(stderr, "muk-call: %s: %s\n", muk_errname(m->status), muk_strerror(m->status));
    status_out = 1;
  } else {
    status_out = 0;
  }
  fflush(stdout);
  muk_msg_free(m);
}

static void free_payload(void *data, void *ud) { free(data); }

static int read_file(const char *path, uint8_t **data, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  size_t cap = 1 << 16, n = 0;
  uint8_t *b = malloc(cap);
  while (b) {
    size_t r = fread(b + n, 1, cap - n, f);
    n += r;
    if (n < cap) break;
    uint8_t *nb = realloc(b, cap *= 2);
    if (!nb) { free(b); b = NULL; }
    else b = nb;
  }
  int err = ferror(f) || !b;
  fclose(f);
  if (err) { free(b); return -1; }
  *data = b;
  *len = n;
  return 0;
}

int main(int argc, char **argv) {
  const char *bytes_file = NULL;
  const char *key_file = getenv("MUK_KEY_FILE");
  const char *enc_env = getenv("MUK_WIRE_ENCRYPT");
  int encrypt = enc_env && !strcmp(enc_env, "1");
  const char *cmp_env = getenv("MUK_WIRE_COMPRESS");
  int no_compress = cmp_env && !strcmp(cmp_env, "0");
  if (cmp_env && *cmp_env && strcmp(cmp_env, "0") && strcmp(cmp_env, "1")) {
    fprintf(stderr, "muk-call: MUK_WIRE_COMPRESS must be 0 (send payloads raw) or 1 (zstd, the default)\n");
    return 2;
  }
  long timeout = 30000;
  /* --stats may follow the URL (muk-call URL --stats) */
  for (int j = 1; j < argc; j++) {
    if (!strcmp(argv[j], "--")) break;
    if (!strcmp(argv[j], "--stats")) {
      stats_mode = 1;
      memmove(argv + j, argv + j + 1, (size_t)(argc - j) * sizeof *argv);
      argc--;
      j--;
    }
  }
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help")) { usage(stdout); return 0; }
    if (!strcmp(a, "--")) { i++; break; }
    if (!strcmp(a, "--encrypt")) { encrypt = 1; continue; }
    if (!strcmp(a, "--no-compress")) { no_compress = 1; continue; }
    if (i + 1 >= argc) {
      fprintf(stderr, "muk-call: %s needs a value (try --help)\n", a);
      return 2;
    }
    if (!strcmp(a, "--bytes")) bytes_file = argv[++i];
    else if (!strcmp(a, "--key-file")) key_file = argv[++i];
    else if (!strcmp(a, "--out")) out_file = argv[++i];
    else if (!strcmp(a, "--timeout")) {
      char *end;
      timeout = strtol(argv[++i], &end, 10);
      if (*end || timeout <= 0) {
        fprintf(stderr, "muk-call: bad --timeout '%s'\n", argv[i]);
        return 2;
      }
    } else {
      fprintf(stderr, "muk-call: unknown option '%s' (try --help)\n", a);
      return 2;
    }
  }
  if (stats_mode ? argc - i != 1 : argc - i < 3) {
    usage(stderr);
    return 2;
  }
  /* for --stats any schema will do: the server answers the op itself */
  const char *url = argv[i], *service = stats_mode ? "sys" : argv[i + 1];
  const char *op = stats_mode ? MUK_REMOTE_STATS_OP : argv[i + 2];
  char **args = argv + i + 3;
  int nargs = stats_mode ? 0 : argc - i - 3;
  if (nargs > MUK_MAX_ARGS) {
    fprintf(stderr, "muk-call: at most %d arguments\n", MUK_MAX_ARGS);
    return 2;
  }

  muk_remote_opts ro = {NULL, 0, encrypt, no_compress};
  uint8_t *key = NULL;
  if (key_file && *key_file) {
    char err[512];
    if (muk_key_file_read(key_file, &key, &ro.key_len, err, sizeof err)) {
      fprintf(stderr, "muk-call: %s\n", err);
      return 2;
    }
    ro.key = key;
  }
  if (encrypt && !key) {
    fprintf(stderr, "muk-call: --encrypt needs a key (--key-file PATH or MUK_KEY_FILE)\n");
    return 2;
  }
  muk_options o = {NULL, (uint32_t)timeout};
  muk_kernel *k = muk_kernel_new(&o);
  if (!k) { fprintf(stderr, "muk-call: cannot create a kernel\n"); return 2; }
  int id = muk_register_remote_opts(k, service, url, NULL, &ro);
  muk_key_free(key, ro.key_len);
  if (id < 0) {
    fprintf(stderr, "muk-call: cannot use service '%s' at '%s': %s\n", service, url,
            id == UV_EINVAL ? "bad URL (want ipc://PATH or tcp://HOST:PORT)"
            : id == MUK_ENOSERVICE ? "no schema for that service in this build"
            : muk_strerror(id));
    muk_kernel_free(k);
    return 2;
  }
  if (stats_mode && muk_service_endpoint(k, (uint32_t)id, 0) >= 0) {
    /* URL1,URL2,...: each endpoint's metrics, one after the other */
    int ep, rc = 0;
    for (uint32_t e = 0; (ep = muk_service_endpoint(k, (uint32_t)id, e)) >= 0; e++) {
      const char *eurl = muk_service_def_of(muk_service_get(k, (uint32_t)ep))->backend;
      muk_msg *m = muk_msg_new(k);
      m->service = (uint32_t)ep;
      m->op = (uint32_t)muk_op_id(k, (uint32_t)ep, MUK_REMOTE_STATS_OP);
      printf("# endpoint %s\n", eurl);
      if (muk_call_sync(k, m) == 0) {
        fwrite(m->payload.data, 1, m->payload.len, stdout);
      } else {
        const char *why = NULL;
        size_t wl = 0;
        (void)muk_msg_str(m, 0, &why, &wl);
        printf("# unavailable: %s\n", muk_errname(m->status));
        fprintf(stderr, "muk-call: %s: %s%s%.*s\n", eurl, muk_errname(m->status),
                why ? ": " : "", (int)wl, why ? why : "");
        rc = 1;
      }
      fflush(stdout);
      muk_msg_free(m);
    }
    muk_kernel_free(k);
    return rc;
  }
  char *end;
  long opn = strtol(op, &end, 10);
  int opid = *op && !*end ? (int)opn : muk_op_id(k, (uint32_t)id, op);
  if (opid < 0) {
    fprintf(stderr, "muk-call: service '%s' has no op '%s'\n", service, op);
    muk_kernel_free(k);
    return 2;
  }
  muk_msg *m = muk_msg_new(k);
  m->service = (uint32_t)id;
  m->op = (uint32_t)opid;
  for (int j = 0; j < nargs; j++) {
    errno = 0;
    long long v = strtoll(args[j], &end, 10);
    if (*args[j] && !*end && errno == 0)
      muk_msg_add_i64(m, v);
    else
      muk_msg_add_str(m, args[j], strlen(args[j]));
  }
  if (bytes_file) {
    uint8_t *data;
    size_t len;
    if (read_file(bytes_file, &data, &len)) {
      fprintf(stderr, "muk-call: cannot read %s: %s\n", bytes_file, strerror(errno));
      muk_msg_free(m);
      muk_kernel_free(k);
      return 2;
    }
    muk_msg_set_payload(m, data, len, free_payload, NULL);
  }
  muk_send(k, m, on_reply, NULL);
  muk_kernel_run(k);
  muk_kernel_free(k);
  return status_out;
}
