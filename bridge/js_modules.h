/* js_modules.h — the ES5 standard library embedded by tools/embed_js.py. */
#ifndef MUK_JS_MODULES_H
#define MUK_JS_MODULES_H

typedef struct muk_js_module {
  const char *name; /* "events", "internal/bootstrap" */
  const char *source;
  int len;
} muk_js_module;

extern const muk_js_module muk_js_modules[]; /* sorted by name */
extern const unsigned muk_js_nmodules;

const muk_js_module *muk_js_module_find(const char *name);

/* Each module's wrapper script compiled at build time (tools/gen_bytecode.c,
 * mujs patch 0190), in muk_js_modules' order; len 0: compile the source. */
typedef struct muk_js_bytecode {
  const unsigned char *bytes;
  unsigned len;
} muk_js_bytecode;

extern const muk_js_bytecode muk_js_bytecodes[];

#endif
