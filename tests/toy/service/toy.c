/* toy.c — the "toy" service (schema in toy.h): POOL, one op. */
#include <stdio.h>
#include <string.h>

#include "muk.h"
#include "toy.h"

#define TOY_OP_NAME(id, name) [TOY_##id] = name,
static const char *const toy_op_names[TOY_NOPS] = {TOY_OPS(TOY_OP_NAME)};

static void toy_greet(muk_msg *m) {
  const char *name;
  size_t len;
  char out[MUK_INLINE_ARGBYTES];
  if (muk_msg_str(m, 0, &name, &len) != 0 || len == 0) {
    muk_reply(m, MUK_EBADMSG);
    return;
  }
  int n = snprintf(out, sizeof out, "hello, %.*s", (int)len, name);
  muk_msg_reset_args(m); /* name pointed into the args: used before this */
  muk_msg_add_str(m, out, n < (int)sizeof out ? (size_t)n : sizeof out - 1);
  muk_reply(m, 0);
}

static void toy_handle(muk_service *svc, muk_msg *m) {
  (void)svc;
  switch (m->op) {
  case TOY_GREET:
    toy_greet(m);
    break;
  default:
    muk_reply(m, MUK_ENOOP);
  }
}

const muk_service_def muk_toy_service = {
    .abi = MUK_SERVICE_ABI,
    .name = "toy",
    .backend = "default",
    .exec = MUK_EXEC_POOL,
    .threads = 1,
    .nops = TOY_NOPS,
    .op_names = toy_op_names,
    .handle = toy_handle,
};
