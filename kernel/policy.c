/* policy.c — the capability policy (muk.h, "capabilities"): which paths,
 * hosts and process-level powers requests may reach. The embedding program
 * builds it (muk's and muk-serviced's --allow-* flags) and hands it to the
 * kernel; a service asks muk_policy_check before it touches a resource, so
 * the decision is made where the resource is, remote or not.
 *
 * Paths are compared after resolution (resolve_path): absolute against the
 * current directory, symlinks followed with realpath(3), and for a path
 * that does not exist yet, its deepest existing ancestor resolved and the
 * rest collapsed lexically, a dangling symlink on the way followed by hand.
 * So `..` and symlinks cannot lead out of an allowed root. What remains
 * (docs/architecture.md, "Capabilities"): the check and the system call are
 * two steps, so a path swapped for a symlink in between (by another
 * process, or by the script racing itself from another request) is not
 * caught. */
#include <errno.h>
#include <limits.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <arpa/inet.h>
#include <unistd.h>

#include "kernel_internal.h"

typedef struct entry {
  struct entry *next;
  int prefix; /* a trailing '*': any resource that starts with `s` */
  int port;   /* NET: -1 any */
  char s[];   /* FS: resolved path; NET: host (IPv6 without brackets) */
} entry;

struct muk_policy {
  int all[MUK_CAP_N]; /* every resource of the cap */
  entry *list[MUK_CAP_N];
};

#define CAP_NAME(id, perm, scope) perm,
#define CAP_SCOPE(id, perm, scope) scope,
static const char *const cap_names[] = {MUK_CAPS(CAP_NAME)};
static const char *const cap_scopes[] = {MUK_CAPS(CAP_SCOPE)};

const char *muk_cap_name(muk_cap cap) {
  return (unsigned)cap < MUK_CAP_N ? cap_names[cap] : NULL;
}

const char *muk_cap_scope(muk_cap cap) {
  return (unsigned)cap < MUK_CAP_N ? cap_scopes[cap] : NULL;
}

muk_policy *muk_policy_new(void) { return calloc(1, sizeof(muk_policy)); }

void muk_policy_free(muk_policy *p) {
  if (!p)
    return;
  for (int c = 0; c < MUK_CAP_N; c++)
    while (p->list[c]) {
      entry *e = p->list[c];
      p->list[c] = e->next;
      free(e);
    }
  free(p);
}

/* ---- paths ---- */

/* Append `rest` (relative, may hold "." and "..") to the absolute `base`
 * in out, collapsing lexically. */
static int join_collapse(const char *base, const char *rest, char *out) {
  size_t n = strlen(base);
  if (n >= PATH_MAX)
    return UV_ENAMETOOLONG;
  memcpy(out, base, n + 1);
  while (n > 1 && out[n - 1] == '/')
    out[--n] = 0;
  while (*rest) {
    const char *c = rest;
    size_t len = strcspn(c, "/");
    rest = c[len] ? c + len + 1 : c + len;
    if (len == 0 || (len == 1 && c[0] == '.'))
      continue;
    if (len == 2 && c[0] == '.' && c[1] == '.') {
      while (n > 1 && out[n - 1] != '/')
        n--;
      if (n > 1)
        n--;
      out[n] = 0;
      continue;
    }
    if (n + 1 + len >= PATH_MAX)
      return UV_ENAMETOOLONG;
    if (n > 1)
      out[n++] = '/';
    memcpy(out + n, c, len);
    n += len;
    out[n] = 0;
  }
  return 0;
}

/* The path as the system would reach it (see the top). 0 or an error. */
static int resolve_path(const char *path, char *out, int depth) {
  char abs[PATH_MAX], cwd[PATH_MAX], head[PATH_MAX];
  if (!path || !*path)
    return UV_ENOENT;
  if (depth > 40)
    return UV_ELOOP;
  if (path[0] != '/') {
    if (!getcwd(cwd, sizeof cwd))
      return UV_ENAMETOOLONG;
  } else {
    strcpy(cwd, "/");
  }
  if (strlen(cwd) + strlen(path) + 2 > PATH_MAX)
    return UV_ENAMETOOLONG;
  /* Not collapsed yet: "a/link/.." is the link's parent, not "a". */
  if (snprintf(abs, sizeof abs, "%s/%s", cwd, path) >= (int)sizeof abs)
    return UV_ENAMETOOLONG;
  if (realpath(abs, out))
    return 0;
  /* Find the deepest prefix that exists: head = abs[0..cut). */
  size_t cut = strlen(abs);
  while (cut > 1) {
    while (cut > 1 && abs[cut - 1] == '/')
      cut--;
    while (cut > 1 && abs[cut - 1] != '/')
      cut--; /* abs[cut..] is the first missing component and the rest */
    memcpy(head, abs, cut);
    head[cut] = 0;
    char real[PATH_MAX];
    if (!realpath(head, real))
      continue;
    const char *rest = abs + cut;
    size_t clen = strcspn(rest, "/");
    char first[PATH_MAX];
    struct stat st;
    if (clen == 2 && rest[0] == '.' && rest[1] == '.') {
      /* ".." after an existing prefix that realpath refused (not a
       * directory): the system call fails as well; collapse lexically. */
      return join_collapse(real, rest, out);
    }
    if (join_collapse(real, "", first) || strlen(first) + clen + 2 > PATH_MAX)
      return UV_ENAMETOOLONG;
    size_t fl = strlen(first);
    if (fl > 1)
      first[fl++] = '/';
    memcpy(first + fl, rest, clen);
    first[fl + clen] = 0;
    if (lstat(first, &st) == 0 && S_ISLNK(st.st_mode)) {
      /* a dangling symlink: the system would follow it (open O_CREAT
       * creates its target), so do the same */
      char target[PATH_MAX], next[PATH_MAX];
      ssize_t tl = readlink(first, target, sizeof target - 1);
      if (tl < 0)
        return UV_EACCES;
      target[tl] = 0;
      const char *after = rest + clen;
      if (target[0] == '/')
        snprintf(next, sizeof next, "%s%s", target, after);
      else if (snprintf(next, sizeof next, "%s/%s%s", real, target, after) >= (int)sizeof next)
        return UV_ENAMETOOLONG;
      return resolve_path(next, out, depth + 1);
    }
    return join_collapse(real, rest, out);
  }
  return join_collapse("/", abs, out);
}

/* As resolve_path, but a last component that is a symlink is the link
 * itself (lstat, unlink, rename, ... act on it, not on its target). */
static int resolve_nofollow(const char *path, char *out) {
  char dir[PATH_MAX];
  size_t n = strlen(path);
  const char *slash = strrchr(path, '/');
  const char *base = slash ? slash + 1 : path;
  if (n == 0 || n >= PATH_MAX || !*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
    return resolve_path(path, out, 0);
  if (!slash)
    strcpy(dir, ".");
  else if (slash == path)
    strcpy(dir, "/");
  else {
    memcpy(dir, path, (size_t)(slash - path));
    dir[slash - path] = 0;
  }
  int r = resolve_path(dir, out, 0);
  if (r)
    return r;
  size_t ol = strlen(out);
  if (ol + strlen(base) + 2 > PATH_MAX)
    return UV_ENAMETOOLONG;
  if (ol > 1)
    out[ol++] = '/';
  strcpy(out + ol, base);
  return 0;
}

static int path_matches(const entry *e, const char *r) {
  size_t n = strlen(e->s);
  if (e->prefix)
    return strncmp(r, e->s, n) == 0;
  if (strcmp(e->s, "/") == 0)
    return 1;
  return strncmp(r, e->s, n) == 0 && (r[n] == 0 || r[n] == '/');
}

/* ---- hosts ---- */

/* "host", "host:port", "[v6]:port", "[v6]", or a bare IPv6 literal. */
static int split_host(const char *in, size_t len, char *host, size_t hcap, int *port) {
  const char *colon = NULL, *h = in;
  size_t hl = len;
  *port = -1;
  if (len && in[0] == '[') {
    const char *close = memchr(in, ']', len);
    if (!close)
      return UV_EINVAL;
    h = in + 1;
    hl = (size_t)(close - h);
    if (close + 1 < in + len) {
      if (close[1] != ':')
        return UV_EINVAL;
      colon = close + 1;
    }
  } else {
    const char *c1 = memchr(in, ':', len);
    if (c1 && !memchr(c1 + 1, ':', len - (size_t)(c1 + 1 - in))) {
      colon = c1;
      hl = (size_t)(c1 - in);
    }
  }
  if (colon) {
    char *end;
    const char *ps = colon + 1;
    size_t pl = len - (size_t)(ps - in);
    char num[8];
    if (pl == 0 || pl >= sizeof num)
      return UV_EINVAL;
    memcpy(num, ps, pl);
    num[pl] = 0;
    long v = strtol(num, &end, 10);
    if (*end || v < 0 || v > 65535)
      return UV_EINVAL;
    *port = (int)v;
  }
  if (hl == 0 || hl >= hcap)
    return UV_EINVAL;
  memcpy(host, h, hl);
  host[hl] = 0;
  return 0;
}

static entry *entry_new(const char *s, int prefix, int port) {
  size_t n = strlen(s);
  entry *e = malloc(sizeof *e + n + 1);
  if (!e)
    return NULL;
  memcpy(e->s, s, n + 1);
  e->prefix = prefix;
  e->port = port;
  e->next = NULL;
  return e;
}

static int push(muk_policy *p, muk_cap cap, const char *s, int prefix, int port) {
  entry *e = entry_new(s, prefix, port);
  if (!e)
    return UV_ENOMEM;
  e->next = p->list[cap];
  p->list[cap] = e;
  return 0;
}

/* A host name also allows what it resolves to now (connect sees addresses). */
static int push_host(muk_policy *p, const char *host, int port) {
  struct addrinfo hints, *res = NULL, *ai;
  int r = push(p, MUK_CAP_NET, host, 0, port);
  unsigned char buf[sizeof(struct in6_addr)];
  if (r || inet_pton(AF_INET, host, buf) == 1 || inet_pton(AF_INET6, host, buf) == 1)
    return r;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, NULL, &hints, &res) != 0)
    return 0; /* does not resolve now: the name alone is allowed */
  for (ai = res; ai && !r; ai = ai->ai_next) {
    char a[INET6_ADDRSTRLEN];
    const void *src = ai->ai_family == AF_INET
                          ? (const void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr
                          : (const void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
    if ((ai->ai_family == AF_INET || ai->ai_family == AF_INET6) &&
        inet_ntop(ai->ai_family, src, a, sizeof a))
      r = push(p, MUK_CAP_NET, a, 0, port);
  }
  freeaddrinfo(res);
  return r;
}

int muk_policy_allow(muk_policy *p, muk_cap cap, const char *list) {
  if (!p || (unsigned)cap >= MUK_CAP_N)
    return UV_EINVAL;
  if (!list || strcmp(list, "*") == 0 || cap >= MUK_CAP_CHILD) {
    p->all[cap] = 1;
    return 0;
  }
  while (*list) {
    size_t len = strcspn(list, ",");
    char item[PATH_MAX], res[PATH_MAX];
    int r;
    if (len == 0 || len >= sizeof item)
      return UV_EINVAL;
    memcpy(item, list, len);
    item[len] = 0;
    list += list[len] ? len + 1 : len;
    if (cap == MUK_CAP_NET) {
      int port;
      if (strcmp(item, "*") == 0) {
        p->all[cap] = 1;
        continue;
      }
      if ((r = split_host(item, len, res, sizeof res, &port)) != 0 ||
          (r = push_host(p, res, port)) != 0)
        return r;
      continue;
    }
    int prefix = item[len - 1] == '*';
    if (prefix)
      item[--len] = 0;
    if (prefix && len == 0) {
      p->all[cap] = 1;
      continue;
    }
    if (prefix && item[len - 1] == '/') {
      /* DIR, a slash and a star: resolve DIR, keep the slash */
      if ((r = resolve_path(item, res, 0)) != 0)
        return r;
      if (strcmp(res, "/") != 0)
        strcat(res, "/");
    } else if ((r = resolve_path(item, res, 0)) != 0) {
      return r;
    }
    if ((r = push(p, cap, res, prefix, -1)) != 0)
      return r;
  }
  return 0;
}

static int net_has(const muk_policy *p, const char *resource) {
  char host[256];
  int port;
  const char *last = strrchr(resource, ':');
  int bare = resource[0] != '[' && (!last || strchr(resource, ':') != last);
  /* a bare name (dns) or an IPv6 literal without brackets */
  if (bare) {
    if (strlen(resource) >= sizeof host)
      return 0;
    strcpy(host, resource);
    port = -1;
  } else if (split_host(resource, strlen(resource), host, sizeof host, &port) != 0) {
    return 0;
  }
  for (const entry *e = p->list[MUK_CAP_NET]; e; e = e->next)
    if (strcasecmp(e->s, host) == 0 && (e->port < 0 || port < 0 || e->port == port))
      return 1;
  return 0;
}

int muk_policy_has(const muk_policy *p, muk_cap cap, const char *resource) {
  int nofollow = (cap & MUK_CAP_NOFOLLOW) != 0;
  cap = (muk_cap)(cap & ~MUK_CAP_NOFOLLOW);
  if (!p)
    return 1;
  if ((unsigned)cap >= MUK_CAP_N)
    return 0;
  if (p->all[cap])
    return 1;
  if (!resource)
    return 0; /* not all of them (as Node's has(scope) without reference) */
  if (cap == MUK_CAP_NET)
    return net_has(p, resource);
  if ((cap != MUK_CAP_FS_READ && cap != MUK_CAP_FS_WRITE) || !p->list[cap])
    return 0;
  char res[PATH_MAX];
  if ((nofollow ? resolve_nofollow(resource, res) : resolve_path(resource, res, 0)) != 0)
    return 0;
  for (const entry *e = p->list[cap]; e; e = e->next)
    if (path_matches(e, res))
      return 1;
  return 0;
}

void muk_set_policy(muk_kernel *k, muk_policy *p) {
  if (k->policy != p)
    muk_policy_free(k->policy);
  k->policy = p;
}

const muk_policy *muk_kernel_policy(muk_kernel *k) { return k->policy; }

int muk_policy_check(muk_service *svc, muk_cap cap, const char *resource) {
  const muk_policy *p = svc->k->policy;
  return muk_policy_has(p, cap, resource) ? 0 : MUK_EACCESSDENIED;
}

void muk_deny(muk_msg *m, muk_cap cap, const char *resource) {
  char *copy = strdup(resource ? resource : ""); /* may live in m's args */
  const char *name = muk_cap_name((muk_cap)(cap & ~MUK_CAP_NOFOLLOW));
  muk_msg_reset_args(m);
  muk_msg_add_str(m, name ? name : "", name ? strlen(name) : 0);
  if (copy)
    muk_msg_add_str(m, copy, strlen(copy));
  free(copy);
  muk_reply(m, MUK_EACCESSDENIED);
}

int muk_policy_flag(muk_policy **p, const char *arg, const char **why) {
  static const struct {
    const char *flag;
    int cap; /* -1: none (--experimental-permission) */
    int value; /* 0 none, 1 required, 2 optional */
  } flags[] = {
      {"--experimental-permission", -1, 0}, {"--allow-fs-read", MUK_CAP_FS_READ, 1},
      {"--allow-fs-write", MUK_CAP_FS_WRITE, 1}, {"--allow-net", MUK_CAP_NET, 2},
      {"--allow-child-process", MUK_CAP_CHILD, 0}, {"--allow-worker", MUK_CAP_WORKER, 0},
      {"--allow-env", MUK_CAP_ENV, 0},
  };
  const char *dummy;
  if (!why)
    why = &dummy;
  *why = NULL;
  for (size_t i = 0; i < sizeof flags / sizeof flags[0]; i++) {
    size_t n = strlen(flags[i].flag);
    if (strncmp(arg, flags[i].flag, n) != 0 || (arg[n] != 0 && arg[n] != '='))
      continue;
    const char *val = arg[n] == '=' ? arg + n + 1 : NULL;
    if (flags[i].value == 0 && val) {
      *why = "takes no value";
      return UV_EINVAL;
    }
    if (flags[i].value == 1 && (!val || !*val)) {
      *why = "needs a value (a comma-separated list of paths, or *)";
      return UV_EINVAL;
    }
    if (!*p && !(*p = muk_policy_new()))
      return UV_ENOMEM;
    if (flags[i].cap < 0)
      return 1;
    int r = muk_policy_allow(*p, (muk_cap)flags[i].cap, val && *val ? val : NULL);
    if (r < 0) {
      *why = flags[i].cap == MUK_CAP_NET ? "wants HOST, HOST:PORT or [IPV6]:PORT, comma-separated"
                                         : "has a path that cannot be resolved";
      return r;
    }
    return 1;
  }
  return 0;
}
