/* Internal slots (mujs patch 0110: js_newuserdataslots,
 * js_newcfunctionslots, js_getslot, js_setslot): values kept only in a
 * slot survive collections, slots start undefined, a slotted C function is
 * a built-in method (no 'prototype', not a constructor), and the bad
 * calls (a slot the object lacks, more than 255 slots) are errors a caller
 * can catch, not crashes. Also 0161: a userdata with its data inside the
 * object (js_newuserdatainline) and one with has/put/delete hooks. */
#include <stdio.h>
#include <string.h>
#include "mujs.h"

static int failures;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static void slot_reader(js_State *J)
{
	js_currentfunctionslot(J, 1);
}

/* The message of the error thrown by f, or "" if none. */
static const char *error_of(js_State *J, void (*f)(js_State *J))
{
	static char msg[256];
	msg[0] = 0;
	if (js_try(J)) {
		snprintf(msg, sizeof msg, "%s", js_tostring(J, -1));
		js_pop(J, 1);
		return msg;
	}
	f(J);
	js_endtry(J);
	return msg;
}

static void get_missing_slot(js_State *J)
{
	js_newobject(J); /* an ordinary object: no slots */
	js_getslot(J, -1, 0);
}

static void set_slot_past_end(js_State *J)
{
	js_pushnull(J);
	js_newuserdataslots(J, "T", NULL, NULL, 2);
	js_pushnumber(J, 1);
	js_setslot(J, -2, 2);
}

static void too_many_slots(js_State *J)
{
	js_newcfunctionslots(J, slot_reader, "f", 0, NULL, 256);
}

static void inline_too_big(js_State *J)
{
	js_pushnull(J);
	js_newuserdatainline(J, "I", 4097, 0);
}

static void inline_negative(js_State *J)
{
	js_pushnull(J);
	js_newuserdatainline(J, "I", -1, 1);
}

static void inline_too_many_slots(js_State *J)
{
	js_pushnull(J);
	js_newuserdatainline(J, "I", 8, 256);
}

/* has/put/delete hooks: "magic" is always there, reads as 7 and cannot be
 * set nor deleted */
static int hook_has(js_State *J, void *data, const char *name)
{
	(void)data;
	if (strcmp(name, "magic"))
		return 0;
	js_pushnumber(J, 7);
	return 1;
}

static int hook_put(js_State *J, void *data, const char *name)
{
	(void)data;
	if (strcmp(name, "magic"))
		return 0;
	js_pop(J, 1);
	return 1;
}

static int hook_delete(js_State *J, void *data, const char *name)
{
	(void)J;
	(void)data;
	return !strcmp(name, "magic");
}

int main(void)
{
	js_State *J = js_newstate(NULL, NULL, 0);
	int i;

	/* a userdata with 3 slots: undefined at first, then values only it holds */
	js_pushnull(J);
	js_newuserdataslots(J, "T", NULL, NULL, 3);
	js_setglobal(J, "u");
	js_getglobal(J, "u");
	js_getslot(J, -1, 2);
	CHECK(js_isundefined(J, -1));
	js_pop(J, 1);
	js_dostring(J, "var o = { tag: 'kept' }; var s = 'str' + Math.random();");
	js_getglobal(J, "o");
	js_setslot(J, -2, 0);
	js_pushstring(J, "a string in a slot");
	js_setslot(J, -2, 1);
	js_pop(J, 1);
	js_dostring(J, "o = null; for (var i = 0; i < 100000; i++) ({ i: i });");
	js_gc(J, 0);
	js_gc(J, 0);
	js_getglobal(J, "u");
	js_getslot(J, -1, 0);
	js_getproperty(J, -1, "tag");
	CHECK(!strcmp(js_tostring(J, -1), "kept"));
	js_pop(J, 2);
	js_getslot(J, -1, 1);
	CHECK(!strcmp(js_tostring(J, -1), "a string in a slot"));
	js_pop(J, 2);

	/* a C function with 2 slots reads slot 1 */
	js_newcfunctionslots(J, slot_reader, "reader", 2, NULL, 2);
	js_newobject(J);
	js_pushnumber(J, 42);
	js_setproperty(J, -2, "x");
	js_setslot(J, -2, 1);
	js_setglobal(J, "reader");
	for (i = 0; i < 3; i++)
		js_gc(J, 0);
	js_dostring(J, "var r = [reader().x, reader.length, Object.getOwnPropertyNames(reader).join(), 'prototype' in reader];"
		"try { new reader(); r.push('constructed'); } catch (e) { r.push(e instanceof TypeError); }"
		"var got = r.join('|');");
	js_getglobal(J, "got");
	CHECK(!strcmp(js_tostring(J, -1), "42|2|length,name|false|true"));
	if (strcmp(js_tostring(J, -1), "42|2|length,name|false|true"))
		printf("  got %s\n", js_tostring(J, -1));
	js_pop(J, 1);

	/* inline userdata: zeroed data in the object, beside its slots */
	{
		unsigned char *a, *b;
		int k, zero = 1;
		js_pushnull(J);
		a = js_newuserdatainline(J, "I", 13, 2);
		for (k = 0; k < 13; k++)
			zero &= a[k] == 0;
		CHECK(zero);
		CHECK(js_touserdata(J, -1, "I") == a);
		memset(a, 0xAB, 13);
		js_pushstring(J, "slot one");
		js_setslot(J, -2, 1);
		js_dostring(J, "var extra = 'x' + Math.random();");
		js_getglobal(J, "extra");
		js_setproperty(J, -2, "prop"); /* a property node outside the block */
		js_setglobal(J, "inl");
		js_pushnull(J);
		b = js_newuserdatainline(J, "I", 0, 0);
		CHECK(b != a);
		js_pop(J, 1);
		js_dostring(J, "for (var i = 0; i < 100000; i++) ({ i: i });");
		js_gc(J, 0);
		js_getglobal(J, "inl");
		CHECK(js_touserdata(J, -1, "I") == a);
		CHECK(a[0] == 0xAB && a[12] == 0xAB);
		js_getslot(J, -1, 0);
		CHECK(js_isundefined(J, -1));
		js_pop(J, 1);
		js_getslot(J, -1, 1);
		CHECK(!strcmp(js_tostring(J, -1), "slot one"));
		js_pop(J, 1);
		js_getproperty(J, -1, "prop");
		CHECK(js_tostring(J, -1)[0] == 'x');
		js_pop(J, 2);
		js_dostring(J, "inl = null;");
		js_gc(J, 0); /* frees it with its property node: LSan checks */
	}

	/* userdata hooks (kept out of the object since 0161) */
	js_pushnull(J);
	js_newuserdatax(J, "H", NULL, hook_has, hook_put, hook_delete, NULL);
	js_setglobal(J, "h");
	js_dostring(J, "h.magic = 1; h.plain = 2; var hk = [h.magic, h.plain, delete h.magic, h.magic].join();");
	js_getglobal(J, "hk");
	CHECK(!strcmp(js_tostring(J, -1), "7,2,true,7"));
	if (strcmp(js_tostring(J, -1), "7,2,true,7"))
		printf("  got %s\n", js_tostring(J, -1));
	js_pop(J, 1);

	/* errors */
	CHECK(!strcmp(error_of(J, inline_too_big), "RangeError: bad userdata size: 4097 (0 to 4096)"));
	CHECK(!strcmp(error_of(J, inline_negative), "RangeError: bad userdata size: -1 (0 to 4096)"));
	CHECK(!strcmp(error_of(J, inline_too_many_slots), "RangeError: too many internal slots: 256 (at most 255)"));
	CHECK(!strcmp(error_of(J, get_missing_slot), "Error: no internal slot 0 (the object has 0)"));
	CHECK(!strcmp(error_of(J, set_slot_past_end), "Error: no internal slot 2 (the object has 2)"));
	CHECK(!strcmp(error_of(J, too_many_slots), "RangeError: too many internal slots: 256 (at most 255)"));
	js_pop(J, js_gettop(J));

	js_freestate(J);
	if (failures)
		return 1;
	printf("ok\n");
	return 0;
}
