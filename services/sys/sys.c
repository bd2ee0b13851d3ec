/* sys.c — the built-in diagnostic service: echo, sleep, noop, add, fail,
 * info. It exercises the kernel (round trips, blocking workers, errors)
 * without touching the outside world. */
#include <string.h>

#include "muk.h"
#include "sys.h"

#define SYS_OP_NAME(id, name) [SYS_##id] = name,
static const char *const sys_op_names[SYS_NOPS] = {SYS_OPS(SYS_OP_NAME)};

static void sys_sleep(muk_msg *m) {
  int64_t ms;
  if (muk_msg_i64(m, 0, &ms) != 0 || ms < 0) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  uv_sleep((unsigned int)(ms > 0x7fffffff ? 0x7fffffff : ms));
  muk_msg_reset_args(m);
  muk_reply(m, 0);
}

static void sys_add(muk_msg *m) {
  uint64_t sum = 0; /* wraps like two's complement, no UB */
  int64_t v;
  uint32_t i;
  for (i = 0; i < m->nargs; i++) {
    if (muk_msg_i64(m, i, &v) != 0) {
      muk_reply(m, UV_EINVAL);
      return;
    }
    sum += (uint64_t)v;
  }
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, (int64_t)sum);
  muk_reply(m, 0);
}

static void sys_fail(muk_msg *m) {
  int64_t st;
  if (muk_msg_i64(m, 0, &st) != 0 || st > 0 || st < INT32_MIN) {
    muk_reply(m, UV_EINVAL);
    return;
  }
  muk_msg_reset_args(m);
  muk_reply(m, (int)st);
}

static void sys_info(muk_service *svc, muk_msg *m) {
  const char *backend = muk_service_def_of(svc)->backend;
  muk_msg_reset_args(m);
  muk_msg_add_i64(m, (int64_t)uv_os_getpid());
  muk_msg_add_str(m, backend, strlen(backend));
  muk_reply(m, 0);
}

static void sys_handle(muk_service *svc, muk_msg *m) {
  switch (m->op) {
  case SYS_ECHO:
    muk_reply(m, 0);
    break;
  case SYS_SLEEP:
    sys_sleep(m);
    break;
  case SYS_NOOP:
    muk_msg_reset_args(m);
    muk_reply(m, 0);
    break;
  case SYS_ADD:
    sys_add(m);
    break;
  case SYS_FAIL:
    sys_fail(m);
    break;
  case SYS_INFO:
    sys_info(svc, m);
    break;
  default:
    muk_reply(m, MUK_ENOOP);
    break;
  }
}

const muk_service_def muk_sys_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "sys",
    .backend = "default",
    .exec = MUK_EXEC_POOL,
    .threads = 4,
    .nops = SYS_NOPS,
    .op_names = sys_op_names,
    .handle = sys_handle,
    .idempotent_ops = 1ull << SYS_ECHO | 1ull << SYS_SLEEP | 1ull << SYS_NOOP |
                      1ull << SYS_ADD | 1ull << SYS_INFO,
};
