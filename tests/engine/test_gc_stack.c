/* The collector's mark stack (mujs patch 0162): objects marked but not yet
 * scanned are kept on a stack that grows, not in a list through the
 * objects. When the stack cannot grow the collector must still be right:
 * it rescans the marked objects. Here an allocator refuses every
 * allocation of 8 KiB or more while the collector runs (the stack's first
 * block is 8 KiB), so everything goes through that path; a wide array, a
 * long linked list and a deep nest of closures must survive it intact, and
 * garbage must still be freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mujs.h"

static int failures;
static int refuse_big;
static long live_blocks;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static void *test_alloc(void *ud, void *ptr, int size)
{
	void *q;
	(void)ud;
	if (size == 0) {
		if (ptr)
			live_blocks--;
		free(ptr);
		return NULL;
	}
	if (refuse_big && size >= 8192)
		return NULL;
	q = realloc(ptr, (size_t)size);
	if (q && !ptr)
		live_blocks++;
	return q;
}

static const char *run(js_State *J, const char *code)
{
	static char out[256];
	if (js_ploadstring(J, "[test]", code) || (js_pushundefined(J), js_pcall(J, 0))) {
		snprintf(out, sizeof out, "threw %s", js_tostring(J, -1));
		js_pop(J, 1);
		return out;
	}
	snprintf(out, sizeof out, "%s", js_tostring(J, -1));
	js_pop(J, 1);
	return out;
}

static void gc_refusing(js_State *J)
{
	refuse_big = 1;
	js_gc(J, 0);
	refuse_big = 0;
}

int main(void)
{
	js_State *J = js_newstate(test_alloc, NULL, 0);
	long before, after;
	const char *r;

	r = run(J,
		"var wide = []; for (var i = 0; i < 20000; i++) wide.push({ v: i });"
		"var list = null; for (i = 0; i < 20000; i++) list = { v: i, next: list };"
		"function nest(n) { var x = n; return n ? (function (f) { return function () { return x + f(); }; })(nest(n - 1)) : function () { return 0; }; }"
		"var deep = nest(2000); 'made'");
	CHECK(!strcmp(r, "made"));
	js_gc(J, 0);
	run(J, "for (var i = 0; i < 50000; i++) ({ garbage: i }); 0");
	before = live_blocks;
	gc_refusing(J);
	after = live_blocks;
	CHECK(after < before - 40000); /* the garbage was freed */
	gc_refusing(J); /* and a second collection marks from the other mark value */
	r = run(J,
		"var s = 0; for (var i = 0; i < wide.length; i++) s += wide[i].v;"
		"var t = 0, n = 0; for (var p = list; p; p = p.next) { t += p.v; n++; }"
		"[s, t, n, deep()].join()");
	CHECK(!strcmp(r, "199990000,199990000,20000,2001000"));
	if (strcmp(r, "199990000,199990000,20000,2001000"))
		printf("  got %s\n", r);
	js_freestate(J);
	CHECK(live_blocks == 0);
	if (failures)
		return 1;
	printf("ok\n");
	return 0;
}
