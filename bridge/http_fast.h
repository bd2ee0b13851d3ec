/* http_fast.h — the C path of a plain res.end(string) (http_fast.c),
 * installed in internalBinding('net') as hend / hstore / hsetup. */
#ifndef MUK_BRIDGE_HTTP_FAST_H
#define MUK_BRIDGE_HTTP_FAST_H

#include <mujs.h>

#include "muk.h"

void mukjs_http_hend(js_State *J);
void mukjs_http_hsetup(js_State *J);
void mukjs_http_hstore(js_State *J);

/* A new request message to the net service for op (a NET_* op of
 * net/net.h); NULL when out of memory. (net_binding.c) */
muk_msg *mukjs_net_msg(js_State *J, int op);

#endif
