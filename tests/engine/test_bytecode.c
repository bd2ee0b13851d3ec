/* Compiled scripts as bytes (mujs patch 0190: js_dumpscript,
 * js_loadbytecode), which muk uses for its embedded modules:
 * - a script loaded from its bytecode computes what the same source
 *   compiled by js_loadstring computes, with the same line numbers in its
 *   errors, over the instruction forms the compiler emits (string, number
 *   and regexp operands, closures, jumps, switch, try, getters, locals);
 * - every module muk embeds loads from the bytecode muk was built with, and
 *   compiling its source again gives the same bytes;
 * - a blob cut short anywhere, or from another engine build, is an error
 *   a caller can catch, not a crash (run under ASan by the suite). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_modules.h"
#include "module_wrap.h"
#include "mujs.h"

static int failures;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

/* Each script's last expression is a string summing up what it computed. */
static const char *scripts[] = {
	"var s = 'a\\u00e9\\u4e2d\\ud83d\\ude00' + \"q\\\"\\n\" + 1.5 + -0 + 1e300 + 65536;\n"
	"var re = /a(b+)c/gi, m = 'xABBc abc'.match(re);\n"
	"s + '|' + m.join(',') + '|' + re.source + re.flags + '|' + (1/-0);",

	"function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
	"var f = function g(k) { return k ? g(k - 1) + 1 : 0; };\n"
	"var o = { get x() { return 7; }, set x(v) { this.y = v; }, m: function () { return arguments.length; } };\n"
	"o.x = 3;\n"
	"[fib(15), f(10), o.x, o.y, o.m(1, 2, 3), f.name, o.m.name].join(',');",

	"var out = [];\n"
	"for (var i = 0; i < 6; i++) {\n"
	"  switch (i % 3) { case 0: out.push('z'); break; case 1: out.push('o'); continue; default: out.push('t'); }\n"
	"  try { if (i == 4) throw new TypeError('x' + i); out.push(i); }\n"
	"  catch (e) { out.push(e.name); } finally { out.push('f'); }\n"
	"}\n"
	"outer: for (var a in { p: 1, q: 2 }) { for (;;) { out.push(a); continue outer; } }\n"
	"var counter = (function () { var n = 0; return function () { return ++n; }; })();\n"
	"counter(); counter();\n"
	"out.join('') + counter() + typeof undefinedName + delete out.nothing + ('p' in { p: 1 });",

	"var x = 10;\n"
	"with ({ x: 20 }) { var y = x; }\n"
	"[y, eval('x + 1'), (0, eval)('typeof x'), void 0 === undefined, !!null, ~5, 7 >>> 1, -7 >> 1, 1 << 3].join(',');",

	"'use strict';\n"
	"function f() {\n"
	"  var a = [];\n"
	"  a.length = 2;\n"
	"  return a;\n"
	"}\n"
	"function thrower() {\n"
	"  null.boom;\n"
	"}\n"
	"var where;\n"
	"try { thrower(); } catch (e) { where = e.stackTrace.split('\\n')[1]; }\n"
	"f().length + ':' + where;",
};

/* Run the script at the top of the stack; return its result as a string
 * (malloc'd), or the error it threw prefixed by "threw: ". */
static char *run_pushed(js_State *J)
{
	char *result;
	if (js_try(J)) {
		const char *msg = js_tostring(J, -1);
		result = malloc(strlen(msg) + 8);
		sprintf(result, "threw: %s", msg);
		js_pop(J, 1);
		return result;
	}
	js_pushundefined(J);
	js_call(J, 0);
	result = strdup(js_tostring(J, -1));
	js_pop(J, 1);
	js_endtry(J);
	return result;
}

static char *run_source(js_State *J, const char *src)
{
	if (js_try(J)) {
		char *r = strdup(js_tostring(J, -1));
		js_pop(J, 1);
		return r;
	}
	js_loadstring(J, "t.js", src);
	js_endtry(J);
	return run_pushed(J);
}

static char *run_bytecode(js_State *J, const char *src)
{
	size_t len;
	void *bc;
	char *r;
	if (js_try(J)) {
		r = strdup(js_tostring(J, -1));
		js_pop(J, 1);
		return r;
	}
	bc = js_dumpscript(J, "t.js", src, &len);
	js_loadbytecode(J, bc, len);
	free(bc);
	js_endtry(J);
	return run_pushed(J);
}

/* The message of what loading BLOB threw, or "" if it loaded. */
static const char *load_error(js_State *J, const void *blob, size_t len)
{
	static char msg[256];
	msg[0] = 0;
	if (js_try(J)) {
		snprintf(msg, sizeof msg, "%s", js_tostring(J, -1));
		js_pop(J, 1);
		return msg;
	}
	js_loadbytecode(J, blob, len);
	js_pop(J, 1);
	js_endtry(J);
	return msg;
}

static void test_same_results(void)
{
	size_t i;
	for (i = 0; i < sizeof scripts / sizeof scripts[0]; i++) {
		js_State *J = js_newstate(NULL, NULL, 0);
		char *a = run_source(J, scripts[i]);
		char *b = run_bytecode(J, scripts[i]);
		if (strcmp(a, b) != 0)
			printf("script %zu:\n  source:   %s\n  bytecode: %s\n", i, a, b);
		CHECK(strcmp(a, b) == 0);
		if (!strncmp(a, "threw", 5)) printf("script %zu threw: %s\n", i, a);
		CHECK(strncmp(a, "threw", 5) != 0);
		free(a);
		free(b);
		js_freestate(J);
	}
	/* the error's frame names the line the throw is on, from either form */
	{
		js_State *J = js_newstate(NULL, NULL, 0);
		char *b = run_bytecode(J, scripts[4]);
		if (!strstr(b, "t.js:8")) printf("stack line: %s\n", b);
		CHECK(strstr(b, "t.js:8") != NULL);
		free(b);
		js_freestate(J);
	}
	/* a syntax error is thrown by js_dumpscript, as by js_loadstring */
	{
		js_State *J = js_newstate(NULL, NULL, 0);
		char *b = run_bytecode(J, "var = 1;");
		CHECK(strstr(b, "SyntaxError") != NULL);
		free(b);
		js_freestate(J);
	}
}

static void test_embedded_modules(void)
{
	js_State *J = js_newstate(NULL, NULL, 0);
	unsigned i, loaded = 0;
	CHECK(muk_js_nmodules > 50);
	for (i = 0; i < muk_js_nmodules; i++) {
		const muk_js_module *m = &muk_js_modules[i];
		const muk_js_bytecode *bc = &muk_js_bytecodes[i];
		char filename[256], *src;
		size_t len;
		void *again;
		CHECK(bc->len > 0);
		if (!strcmp(load_error(J, bc->bytes, bc->len), ""))
			loaded++;
		else
			printf("module %s: %s\n", m->name, load_error(J, bc->bytes, bc->len));
		snprintf(filename, sizeof filename, "node:%s", m->name);
		src = muk_module_wrap(m->source, (size_t)m->len);
		again = js_dumpscript(J, filename, src, &len);
		CHECK(len == bc->len && memcmp(again, bc->bytes, len) == 0);
		free(again);
		free(src);
		js_gc(J, 0);
	}
	CHECK(loaded == muk_js_nmodules);
	js_freestate(J);
}

static void test_damaged(void)
{
	js_State *J = js_newstate(NULL, NULL, 0);
	size_t len, cut;
	unsigned char *bc = js_dumpscript(J, "t.js", scripts[2], &len);
	unsigned char *copy = malloc(len);
	unsigned cut_errors = 0;

	CHECK(!strcmp(load_error(J, bc, len), ""));
	for (cut = 0; cut < len; cut++) {
		/* a copy of exactly CUT bytes, so ASan sees any read past it */
		unsigned char *part = malloc(cut ? cut : 1);
		memcpy(part, bc, cut);
		if (strstr(load_error(J, part, cut), "bytecode: damaged"))
			cut_errors++;
		free(part);
		if (cut % 64 == 0)
			js_gc(J, 0);
	}
	CHECK(cut_errors == len);

	memcpy(copy, bc, len);
	copy[0] ^= 1; /* magic */
	CHECK(strstr(load_error(J, copy, len), "bytecode: damaged") != NULL);
	memcpy(copy, bc, len);
	copy[4] ^= 1; /* format */
	CHECK(strstr(load_error(J, copy, len), "bytecode: damaged") != NULL);
	memcpy(copy, bc, len);
	copy[8] ^= 1; /* instruction size */
	CHECK(strstr(load_error(J, copy, len), "bytecode: damaged") != NULL);
	CHECK(strstr(load_error(J, bc, len + 0 - 1), "bytecode: damaged") != NULL);

	free(copy);
	free(bc);
	js_freestate(J);
}

int main(void)
{
	test_same_results();
	test_embedded_modules();
	test_damaged();
	if (failures) {
		printf("%d failure(s)\n", failures);
		return 1;
	}
	printf("ok\n");
	return 0;
}
