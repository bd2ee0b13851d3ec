/* errors.c — names and messages for every status: the kernel's own codes,
 * and libuv's for everything else. */
#include "kernel_internal.h"
#include "nn_dl.h"

static const struct {
  int code;
  const char *name;
  const char *msg;
} muk__errors[] = {
    {MUK_ENOSERVICE, "ENOSERVICE", "no such service"},
    {MUK_ENOOP, "ENOOP", "no such operation"},
    {MUK_ETIMEDOUT, "ETIMEDOUT", "remote request timed out"},
    {MUK_EPEERGONE, "EPEERGONE", "remote service unreachable"},
    {MUK_EBADMSG, "EBADMSG", "malformed message"},
    {MUK_ETOOBIG, "ETOOBIG", "message too large"},
    {MUK_ECANCELED, "ECANCELED", "request canceled by shutdown"},
    {MUK_EABI, "EABI", "service built against another ABI"},
    {MUK_ENOTRANSPORT, "ENOTRANSPORT", "remote transport unavailable"},
    {MUK_ENOTREMOTE, "ENOTREMOTE",
     "the service emits events, which a remote transport does not carry"},
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
