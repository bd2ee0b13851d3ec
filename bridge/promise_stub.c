#include "runtime.h"
void mukjs_promise_init(js_State *J) {}
void mukjs_promise_free(js_State *J) {}
int mukjs_microtasks_run(js_State *J) { return 0; }
int mukjs_microtasks_pending(js_State *J) { return 0; }
void mukjs_promise_process_rejections(js_State *J) {}
void mukjs_promise_binding_state(js_State *J) { js_pushundefined(J); }
