/* errors.c — names and messages for every status: the kernel's own codes,
 * and libuv's for everything else. */
#include "kernel_internal.h"
#include "nn_dl.h"

static const struct {
  int code;
  const char *name;
  const char *msg;
} muk__errors[] = {
#define MUK_ERRNO_ROW(name, code, msg) {MUK_##name, #name, msg},
    MUK_ERRNO_MAP(MUK_ERRNO_ROW)
};

/* libuv's _r variants write into a buffer instead of leaking one for codes
 * it does not know; keep one per thread so the result stays valid until the
 * thread's next call. */
static _Thread_local char muk__errbuf[80];

const char *muk_errname(int status) {
  size_t i;
  if (status == 0)
    return "OK";
  for (i = 0; i < sizeof(muk__errors) / sizeof(muk__errors[0]); i++)
    if (muk__errors[i].code == status)
      return muk__errors[i].name;
  return uv_err_name_r(status, muk__errbuf, sizeof(muk__errbuf));
}

const char *muk_strerror(int status) {
  size_t i;
  if (status == 0)
    return "success";
  if (status == MUK_ENOTRANSPORT && muk__nn_error())
    return muk__nn_error(); /* which library, and dlerror()'s reason */
  for (i = 0; i < sizeof(muk__errors) / sizeof(muk__errors[0]); i++)
    if (muk__errors[i].code == status)
      return muk__errors[i].msg;
  return uv_strerror_r(status, muk__errbuf, sizeof(muk__errbuf));
}
