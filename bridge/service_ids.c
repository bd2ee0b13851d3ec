/* service_ids.c — resolving a service's schema names to its ids in a
 * kernel (service_ids.h). */
#include "service_ids.h"

#include <string.h>

int mukjs_service_resolve(muk_kernel *k, mukjs_service *s) {
  int sid = muk_service_id(k, s->name);
  s->sid = sid;
  if (sid < 0) {
    s->k = NULL; /* look again next time */
    return sid;
  }
  const char *name = s->op_names;
  for (int i = 0; i < s->nops; i++, name += strlen(name) + 1)
    s->op[i] = muk_op_id(k, (uint32_t)sid, name);
  s->k = k;
  return sid;
}
