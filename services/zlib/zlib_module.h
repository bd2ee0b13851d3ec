/* zlib_module.h — what the zlib service in libmuk (zlib_service.c) and its
 * loadable module (module.c, muk-zlib.so) agree on: the module exports a
 * muk_module (muk.h) as `muk_zlib_module`, of this ABI. */
#ifndef MUK_SERVICES_ZLIB_MODULE_H
#define MUK_SERVICES_ZLIB_MODULE_H

#include "muk.h"

/* Bumped whenever the module's side of zlib.h's op numbering or of the
 * handlers' contract changes shape.
 * 2: muk_module, the kernel's one interface for such modules. */
#define ZLIB_MODULE_ABI 2

#endif
