/* embed.c — muk without JavaScript: a C program that starts a kernel,
 * registers the built-in "sys" service and a service of its own, sends a
 * few messages and prints the replies in a fixed order.
 *
 *   cc embed.c $(pkg-config --cflags --libs muk libuv) && ./a.out
 */
#include <stdio.h>
#include <string.h>

#include "muk.h"

/* ---- our own service: "greet", two ops, on the kernel's worker pool ---- */

enum { GREET_HELLO, GREET_UPPER, GREET_NOPS };
static const char *const greet_ops[GREET_NOPS] = {"hello", "upper"};

static void greet_handle(muk_service *svc, muk_msg *m) {
  const char *name;
  size_t len, i;
  char buf[128];
  int n;

  if (muk_msg_str(m, 0, &name, &len) != 0) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  if (m->op == GREET_HELLO) {
    n = snprintf(buf, sizeof(buf), "hello, %s", name);
  } else {
    n = (int)(len < sizeof(buf) ? len : sizeof(buf) - 1);
    for (i = 0; i < (size_t)n; i++)
      buf[i] = (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i]);
  }
  muk_msg_reset_args(m); /* the reply replaces the request's arguments */
  muk_msg_add_str(m, buf, (size_t)n);
  muk_reply(m, 0);
}

static const muk_service_def greet_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "greet",
    .backend = "example",
    .exec = MUK_EXEC_POOL,
    .threads = 2,
    .nops = GREET_NOPS,
    .op_names = greet_ops,
    .handle = greet_handle,
};

/* ---- a client: each reply sends the next request, so the output order is
 * fixed even though the services run on other threads ---- */

typedef struct {
  muk_kernel *k;
  int step;
} client;

static muk_msg *request(muk_kernel *k, const char *svc, const char *op) {
  muk_msg *m = muk_msg_new(k);
  int sid = muk_service_id(k, svc);
  m->service = sid < 0 ? 9999 : (uint32_t)sid; /* unknown: the kernel says so */
  m->op = sid < 0 ? 0 : (uint32_t)muk_op_id(k, (uint32_t)sid, op);
  return m;
}

static void next(client *c);

static void print_reply(muk_msg *m, void *ud) {
  client *c = ud;
  uint32_t i;
  printf("reply %d: status=%s", c->step, muk_errname(m->status));
  for (i = 0; i < m->nargs; i++) {
    const muk_arg *a = &m->args[i];
    if (a->type == MUK_T_I64)
      printf(" i64:%lld", (long long)a->v.i);
    else if (a->type == MUK_T_STR)
      printf(" str:\"%s\"", a->v.s);
    else if (a->type == MUK_T_F64)
      printf(" f64:%g", a->v.f);
    else if (a->type == MUK_T_BYTES)
      printf(" bytes:%u", a->len);
  }
  if (m->payload.len)
    printf(" payload:\"%.*s\"", (int)m->payload.len, (char *)m->payload.data);
  printf("\n");
  muk_msg_free(m);
  c->step++;
  next(c);
}

static void next(client *c) {
  static const char payload[] = "bulk bytes";
  muk_msg *m;
  switch (c->step) {
  case 0:
    m = request(c->k, "sys", "echo");
    muk_msg_add_i64(m, 42);
    muk_msg_add_str(m, "muk", 3);
    muk_msg_set_payload(m, (void *)payload, sizeof(payload) - 1, NULL, NULL);
    break;
  case 1:
    m = request(c->k, "sys", "add");
    muk_msg_add_i64(m, 40);
    muk_msg_add_i64(m, 2);
    break;
  case 2:
    m = request(c->k, "sys", "fail");
    muk_msg_add_i64(m, UV_ENOENT);
    break;
  case 3:
    m = request(c->k, "greet", "hello");
    muk_msg_add_str(m, "world", 5);
    break;
  case 4:
    m = request(c->k, "greet", "upper");
    muk_msg_add_str(m, "microkernel", 11);
    break;
  case 5:
    m = request(c->k, "nosuch", "op");
    break;
  default:
    return; /* nothing in flight: muk_kernel_run returns */
  }
  muk_send(c->k, m, print_reply, c);
}

int main(void) {
  client c = {NULL, 0};
  muk_service_stats st;
  int sys_id, greet_id;

  c.k = muk_kernel_new(NULL);
  if (!c.k)
    return 1;
  sys_id = muk_register(c.k, &muk_sys_service);
  greet_id = muk_register(c.k, &greet_service);
  if (sys_id < 0 || greet_id < 0) {
    fprintf(stderr, "register: %s\n", muk_strerror(sys_id < 0 ? sys_id : greet_id));
    return 1;
  }
  printf("muk %s: services sys=%d greet=%d\n", MUK_VERSION_STRING, sys_id,
         greet_id);

  next(&c);
  muk_kernel_run(c.k);

  muk_service_stats_get(c.k, (uint32_t)sys_id, &st);
  printf("sys: requests=%llu replies=%llu errors=%llu\n",
         (unsigned long long)st.requests, (unsigned long long)st.replies,
         (unsigned long long)st.errors);
  muk_service_stats_get(c.k, (uint32_t)greet_id, &st);
  printf("greet: requests=%llu replies=%llu errors=%llu\n",
         (unsigned long long)st.requests, (unsigned long long)st.replies,
         (unsigned long long)st.errors);
  muk_kernel_free(c.k);
  return 0;
}
