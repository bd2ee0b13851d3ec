/* module_wrap.h — the CommonJS wrapper around a module's source, shared by
 * the loader (bridge/loader.c) and the build-time bytecode compiler
 * (tools/gen_bytecode.c), which must compile exactly what the loader would. */
#ifndef MUK_MODULE_WRAP_H
#define MUK_MODULE_WRAP_H

#include <stdlib.h>
#include <string.h>

static const char MUK_WRAP_HEAD[] =
    "(function (exports, require, module, __filename, __dirname, internalBinding) {";
static const char MUK_WRAP_TAIL[] = "\n})";

/* SRC (LEN bytes) inside the wrapper, NUL-terminated, malloc'd; NULL when out
 * of memory. A leading shebang line is blanked so line numbers stay right. */
static inline char *muk_module_wrap(const char *src, size_t len) {
  size_t head = sizeof MUK_WRAP_HEAD - 1, tail = sizeof MUK_WRAP_TAIL - 1;
  char *buf = malloc(head + len + tail + 1);
  if (!buf)
    return NULL;
  memcpy(buf, MUK_WRAP_HEAD, head);
  memcpy(buf + head, src, len);
  if (len >= 2 && src[0] == '#' && src[1] == '!') {
    buf[head] = '/';
    buf[head + 1] = '/';
  }
  memcpy(buf + head + len, MUK_WRAP_TAIL, tail + 1);
  return buf;
}

#endif
