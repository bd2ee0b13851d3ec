/* main.c — the `muk` command: parse options, start a kernel with its
 * services, run a script on the bridge, leave with Node's exit status. */
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime.h"

static const char USAGE[] =
    "Usage: muk [options] [script.js | -e code] [arguments]\n"
    "\n"
    "Runs an ES5 JavaScript program against Node's APIs on the muk kernel.\n"
    "\n"
    "Options:\n"
    "  -e, --eval CODE              evaluate CODE instead of a script file\n"
    "  --service NAME=BACKEND|URL   bind a service to a backend, or to a remote\n"
    "                               muk-serviced at ipc://PATH or tcp://HOST:PORT\n"
    "                               (URL?heartbeat=MS&deadline=MS: ping after MS of\n"
    "                               silence, gone after 6; fail requests after MS)\n"
    "                               (URL1,URL2,...: several, balanced, failover)\n"
    "                               (its key: the file named by $MUK_KEY_FILE;\n"
    "                               MUK_WIRE_ENCRYPT=1 asks for encryption,\n"
    "                               MUK_WIRE_COMPRESS=0 sends payloads raw)\n"
    "  --experimental-permission    restrict what the script may reach to what\n"
    "                               the --allow-* flags allow (any of them implies it)\n"
    "  --allow-fs-read=PATHS        read these paths (comma-separated, repeatable;\n"
    "                               DIR covers what is below it, P* a prefix, * all)\n"
    "  --allow-fs-write=PATHS       write these paths (as --allow-fs-read)\n"
    "  --allow-net[=HOST:PORT,...]  connect, listen and look up names (no value: all)\n"
    "  --allow-env                  read and write process.env\n"
    "  --allow-child-process        start child processes\n"
    "  --allow-worker               start workers\n"
    "  -v, --version                print muk's version\n"
    "  -h, --help                   print this help\n"
    "\n"
    "With no script and stdin not a terminal, the program is read from stdin.\n";

typedef struct binding_spec {
  const char *name, *target;
} binding_spec;

/* Register every service compiled into this build (the kernel's table),
 * each locally, with the backend its --service names, or bound to the
 * remote endpoint its --service names. */
/* The shared key and encryption wish for remote bindings: the file named by
 * MUK_KEY_FILE, and MUK_WIRE_ENCRYPT=1 (docs/wire.md, "Security"), and
 * MUK_WIRE_COMPRESS=0 (payloads travel raw: "payload and compression"). Read only
 * when a --service names a URL. */
static int remote_opts(muk_remote_opts *o, uint8_t **key) {
  const char *path = getenv("MUK_KEY_FILE");
  const char *enc = getenv("MUK_WIRE_ENCRYPT");
  memset(o, 0, sizeof *o);
  *key = NULL;
  if (path && *path) {
    char err[512];
    if (muk_key_file_read(path, key, &o->key_len, err, sizeof err)) {
      fprintf(stderr, "muk: MUK_KEY_FILE: %s\n", err);
      return -1;
    }
    o->key = *key;
  }
  o->encrypt = enc && !strcmp(enc, "1");
  const char *cmp = getenv("MUK_WIRE_COMPRESS");
  if (cmp && *cmp && strcmp(cmp, "0") && strcmp(cmp, "1")) {
    fprintf(stderr, "muk: MUK_WIRE_COMPRESS must be 0 (send payloads raw) or 1 (zstd, the default)\n");
    return -1;
  }
  o->no_compress = cmp && !strcmp(cmp, "0");
  if (o->encrypt && !o->key) {
    fprintf(stderr, "muk: MUK_WIRE_ENCRYPT=1 needs a key (MUK_KEY_FILE)\n");
    return -1;
  }
  return 0;
}

static int g_remote; /* a --service names a URL: sessions to end at exit */

static int register_services(muk_kernel *k, binding_spec *specs, int nspecs) {
  const muk_service_def *def;
  muk_remote_opts ro;
  uint8_t *key = NULL;
  int have_ro = 0;
  for (size_t i = 0; (def = muk_builtin_service_at(i)); i++) {
    const char *name = def->name, *target = NULL;
    for (int j = 0; j < nspecs; j++)
      if (strcmp(specs[j].name, name) == 0)
        target = specs[j].target;
    int r;
    if (target && strstr(target, "://")) {
      if (!have_ro && remote_opts(&ro, &key)) return -1;
      have_ro = g_remote = 1;
      r = muk_register_remote_opts(k, name, target, def, &ro);
    } else {
      const muk_service_def *use = target ? muk_builtin_backend(name, target) : def;
      if (!use) {
        fprintf(stderr, "muk: service '%s' has no backend '%s' (this build has '%s')\n",
                name, target, def->backend);
        return -1;
      }
      r = muk_register(k, use);
    }
    if (r < 0) {
      fprintf(stderr, "muk: cannot start service '%s'%s%s: %s\n", name,
              target ? " at " : "", target ? target : "", muk_strerror(r));
      if (r == UV_EINVAL && target && strchr(target, '?'))
        fprintf(stderr, "muk: a URL's options are heartbeat=MS (10 .. 600000) and "
                        "deadline=MS (1 .. 86400000), joined by '&'\n");
      muk_key_free(key, ro.key_len);
      return -1;
    }
  }
  if (have_ro) muk_key_free(key, ro.key_len); /* each binding has its copy */
  for (int j = 0; j < nspecs; j++)
    if (muk_service_id(k, specs[j].name) < 0) {
      fprintf(stderr, "muk: unknown service '%s' (this build has:", specs[j].name);
      for (size_t i = 0; (def = muk_builtin_service_at(i)); i++)
        fprintf(stderr, " %s", def->name);
      fprintf(stderr, ")\n");
      return -1;
    }
  return 0;
}

static char *read_stdin(void) {
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  if (!buf)
    return NULL;
  for (;;) {
    if (len + 1 == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb) {
        free(buf);
        return NULL;
      }
      buf = nb;
    }
    size_t n = fread(buf + len, 1, cap - len - 1, stdin);
    if (n == 0)
      break;
    len += n;
  }
  buf[len] = 0;
  return buf;
}

static muk_kernel *g_kernel;
static mukjs_rt *g_rt;

struct run_args {
  int argc;
  char **argv;
  int i;
  const char *file, *code;
  binding_spec *specs;
  int nspecs;
  muk_policy *policy; /* --allow-*: NULL, everything allowed */
  int status;
};

/* Everything JS runs on a stack large enough (this thread switched onto a
 * mapped one, or a thread of its own) that mujs's
 * own frame limit (JS_ENVLIMIT) is always hit first: a script recursing too
 * deep gets a catchable exception, never a C stack overflow — even under
 * ASan, whose frames are several times larger. Untouched stack pages cost
 * no memory. */
#if defined(__SANITIZE_ADDRESS__)
#define LOOP_STACK_SIZE ((size_t)1 << 30)
#else
#define LOOP_STACK_SIZE ((size_t)256 << 20)
#endif

/* glibc's heap, for a process that allocates and frees big buffers all the
 * time (64 KiB stream chunks, Buffers, strings): free memory at the top of
 * a heap is given back to the OS only beyond 64 MiB (default 128 KiB,
 * raised to twice the mmap threshold as that adapts), and blocks under
 * 32 MiB (the adaptive threshold's ceiling) come from the heap from the
 * start. Setting either disables the adaptation, hence both: with the trim
 * threshold alone every block over 128 KiB is a fresh mmap, faulted in
 * page by page. Measured (minor faults, wall): a 256 MiB fs_stream_copy
 * 55 k -> 10 k; 1,000 filled 1 MiB Buffers 47 k -> 10.6 k, 0.72 -> 0.14 s
 * (trim threshold alone: 257 k, 1.8 s). Set once the interpreter state
 * (770 KB) and JS stack (1 MiB) are allocated: from the heap, calloc
 * would clear (fault in) the old top chunk, +140 KB RSS at startup. A
 * user's own MALLOC_*_ or GLIBC_TUNABLES malloc settings are left alone. */
static void tune_malloc(void) {
  static const char *const env[] = {"MALLOC_TRIM_THRESHOLD_", "MALLOC_MMAP_THRESHOLD_",
                                    "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_"};
  const char *t = getenv("GLIBC_TUNABLES");
  if (t && strstr(t, "glibc.malloc."))
    return;
  for (size_t i = 0; i < sizeof env / sizeof env[0]; i++)
    if (getenv(env[i]))
      return;
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
}

/* The script's path made absolute and normalized as Node's path.resolve
 * does for process.argv[1] ("." and ".." collapsed lexically, no symlink
 * followed). Returns a malloc'd string, or NULL (then the path as typed). */
static char *absolute_path(const char *file) {
  char cwd[4096];
  size_t n = 0, fl = strlen(file);
  if (file[0] != '/' && !getcwd(cwd, sizeof cwd))
    return NULL;
  size_t cl = file[0] == '/' ? 0 : strlen(cwd);
  char *in = malloc(cl + fl + 2), *out = malloc(cl + fl + 2);
  if (!in || !out) {
    free(in);
    free(out);
    return NULL;
  }
  snprintf(in, cl + fl + 2, "%s/%s", file[0] == '/' ? "" : cwd, file);
  for (char *p = in; *p;) {
    while (*p == '/')
      p++;
    char *q = p;
    while (*q && *q != '/')
      q++;
    size_t len = (size_t)(q - p);
    if (len == 0 || (len == 1 && p[0] == '.')) {
      /* nothing */
    } else if (len == 2 && p[0] == '.' && p[1] == '.') {
      while (n > 0 && out[n - 1] != '/')
        n--;
      if (n > 0)
        n--;
    } else {
      out[n++] = '/';
      memcpy(out + n, p, len);
      n += len;
    }
    p = q;
  }
  if (n == 0)
    out[n++] = '/';
  out[n] = 0;
  free(in);
  return out;
}

static void *run(void *arg) {
  struct run_args *ra = arg;
  int argc = ra->argc, i = ra->i;
  char **argv = ra->argv;
  const char *file = ra->file, *code = ra->code;
  binding_spec *specs = ra->specs;
  int nspecs = ra->nspecs;
  muk_options opts = {.loop = uv_default_loop()};
  g_kernel = muk_kernel_new(&opts);
  if (!g_kernel) {
    fprintf(stderr, "muk: cannot start the kernel\n");
    muk_policy_free(ra->policy);
    ra->status = 1;
    return NULL;
  }
  muk_set_policy(g_kernel, ra->policy); /* local services decide by it */
  if (register_services(g_kernel, specs, nspecs) < 0) {
    muk_kernel_free(g_kernel);
    ra->status = 9;
    return NULL;
  }
  g_rt = mukjs_rt_new(muk_kernel_loop(g_kernel), g_kernel);
  if (!g_rt) {
    fprintf(stderr, "muk: out of memory\n");
    muk_kernel_free(g_kernel);
    ra->status = 1;
    return NULL;
  }
  tune_malloc(); /* after the interpreter's big blocks: they stay mmap'd */
  /* process.argv: [execPath, script, args...] as Node has it. */
  char exe[4096];
  size_t exelen = sizeof exe;
  g_rt->exec_path = uv_exepath(exe, &exelen) == 0 ? exe : argv[0];
  char **pargv = calloc((size_t)(argc - i + 2), sizeof *pargv);
  int pargc = 0;
  pargv[pargc++] = (char *)g_rt->exec_path;
  char *abs_file = file ? absolute_path(file) : NULL;
  if (file)
    pargv[pargc++] = abs_file ? abs_file : (char *)file;
  for (; i < argc; i++)
    pargv[pargc++] = argv[i];
  g_rt->argv0 = argv[0];
  g_rt->argc = pargc;
  g_rt->argv = pargv;

  ra->status = mukjs_run_main(g_rt, file, code);
  if (!mukjs_rt_free_at_exit(g_rt)) {
    /* Nothing is in flight and no leak checker watches: leave as Node
     * does, without unwinding what the OS takes back (the kernel's
     * structures, the 256 MiB stack mapping, exit handlers). */
    mukjs_flush_stdout();
    mukjs_stdio_at_exit();
    if (g_remote) /* (not otherwise: its code's pages cost startup RSS) */
      muk_kernel_exiting(g_kernel); /* remote sessions: goodbye */
    _exit(ra->status);
  }
  muk_kernel_free(g_kernel);
  free(pargv);
  free(abs_file);
  return NULL;
}

/* Sanitizers and valgrind follow threads, not hand-made stack switches. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define STACK_SWITCH_OK 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define STACK_SWITCH_OK 0
#endif
#endif
#ifndef STACK_SWITCH_OK
#define STACK_SWITCH_OK 1
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define UNDER_VALGRIND() RUNNING_ON_VALGRIND
#endif
#endif
#endif
#ifndef UNDER_VALGRIND
#define UNDER_VALGRIND() 0
#endif

#if STACK_SWITCH_OK
static struct run_args *switched_ra;
static void run_switched(void) { run(switched_ra); }

/* The big stack without a thread: map it and switch this thread onto it
 * (makecontext/swapcontext). Creating a thread cost ~0.12 ms of a 1 ms
 * startup: clone, a second malloc arena for the JS thread, and the
 * teardown of its 256 MiB stack. Returns -1 if the stack can't be had. */
static int run_switching_stack(struct run_args *ra) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t size = LOOP_STACK_SIZE + page;
  char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (stack == MAP_FAILED)
    return -1;
  ucontext_t caller, callee;
  if (mprotect(stack, page, PROT_NONE) != 0 || getcontext(&callee) != 0) { /* guard page */
    munmap(stack, size);
    return -1;
  }
  callee.uc_stack.ss_sp = stack;
  callee.uc_stack.ss_size = size;
  callee.uc_link = &caller; /* back here when run() returns */
  makecontext(&callee, run_switched, 0);
  switched_ra = ra;
  if (swapcontext(&caller, &callee) != 0) {
    munmap(stack, size);
    return -1;
  }
  munmap(stack, size);
  return ra->status;
}
#endif

static int run_on_big_stack(struct run_args *ra) {
  pthread_attr_t attr;
  pthread_t t;
#if STACK_SWITCH_OK
  if (!UNDER_VALGRIND()) {
    int status = run_switching_stack(ra);
    if (status >= 0)
      return status;
  }
#endif
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, LOOP_STACK_SIZE);
  if (pthread_create(&t, &attr, run, ra) != 0) {
    pthread_attr_destroy(&attr);
    run(ra); /* no thread: run here with the process stack */
    return ra->status;
  }
  pthread_attr_destroy(&attr);
  pthread_join(t, NULL);
  return ra->status;
}

int main(int argc, char **argv) {
  const char *code = NULL, *file = NULL;
  binding_spec specs[32];
  muk_policy *policy = NULL;
  int nspecs = 0, i;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "muk: %s requires an argument\n", a);
        muk_policy_free(policy);
        return 9;
      }
      code = argv[++i];
      i++;
      break;
    } else if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
      printf("v%s\n", MUK_VERSION_STRING);
      return 0;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      fputs(USAGE, stdout);
      return 0;
    } else if (strcmp(a, "--service") == 0 || strncmp(a, "--service=", 10) == 0) {
      const char *spec = a[9] == '=' ? a + 10 : (i + 1 < argc ? argv[++i] : NULL);
      const char *eq = spec ? strchr(spec, '=') : NULL;
      if (!eq || eq == spec || !eq[1] || nspecs == 32) {
        fprintf(stderr, "muk: --service wants NAME=BACKEND or NAME=URL\n");
        muk_policy_free(policy);
        return 9;
      }
      specs[nspecs].name = strndup(spec, (size_t)(eq - spec));
      specs[nspecs].target = eq + 1;
      nspecs++;
    } else if (strncmp(a, "--allow-", 8) == 0 || strcmp(a, "--experimental-permission") == 0) {
      const char *why;
      int r = muk_policy_flag(&policy, a, &why);
      if (r <= 0) {
        fprintf(stderr, r == 0 ? "muk: bad option: %s\n" : "muk: %s: %s\n", a,
                why ? why : muk_strerror(r));
        muk_policy_free(policy);
        return 9;
      }
    } else if (strcmp(a, "--") == 0) {
      i++;
      break;
    } else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "muk: bad option: %s\n", a);
      muk_policy_free(policy);
      return 9;
    } else {
      break;
    }
  }
  char *stdin_code = NULL;
  if (!code) {
    if (i < argc) {
      file = argv[i++];
    } else if (!isatty(0)) {
      stdin_code = read_stdin();
      code = stdin_code ? stdin_code : "";
    } else {
      fputs(USAGE, stderr);
      muk_policy_free(policy);
      return 9;
    }
  }

  /* As Node: a write to a closed pipe or socket fails with EPIPE instead
   * of killing the process (`muk script.js | head -1`). */
  signal(SIGPIPE, SIG_IGN);

  struct run_args ra = {argc, argv, i, file, code, specs, nspecs, policy, 0};
  int status = run_on_big_stack(&ra);

  free(stdin_code);
  for (int j = 0; j < nspecs; j++)
    free((char *)specs[j].name);
  return status;
}
