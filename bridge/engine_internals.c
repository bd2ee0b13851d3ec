/* engine_internals.c — every use of mujs's internals in the bridge.
 *
 * Why: a few things cannot be done, or not fast enough, through mujs's
 * public API: Object.setPrototypeOf (no API at all), the kernel binding's
 * pending-value table (a store per call instead of a registry lookup and
 * two js_setindex calls) and fs Stats objects (~8 k instructions less per
 * Stats). mujs is bundled and pinned to one version (third_party/mujs plus
 * tools/mujs-patches), which is what makes reaching into its structures
 * possible at all.
 *
 * The rule: this is the only bridge file that includes jsi.h. Everything
 * else goes through mujs.h and the small API of engine_internals.h, so a
 * mujs upgrade or a patch that changes js_Object / js_Property has one
 * file to check. */
#include <jsi.h>

#include "engine_internals.h"

/* ---- Object.setPrototypeOf -------------------------------------------- */

void mukjs_engine_set_prototype(js_State *J, int idx, int pidx) {
  js_Object *obj = js_toobject(J, idx);
  js_Object *proto = js_isobject(J, pidx) ? js_toobject(J, pidx) : NULL;
  if (obj->prototype == proto)
    return;
  if (!obj->extensible)
    js_typeerror(J, "#<Object> is not extensible");
  for (js_Object *p = proto; p; p = p->prototype)
    if (p == obj)
      js_typeerror(J, "Cyclic __proto__ value");
  obj->prototype = proto;
}

/* ---- a plain object ----------------------------------------------------- */

int mukjs_engine_proto_is(js_State *J, int idx, int pidx) {
  return js_isobject(J, idx) && js_isobject(J, pidx) &&
         js_toobject(J, idx)->prototype == js_toobject(J, pidx);
}

int mukjs_engine_own_count(js_State *J, int idx) { return js_toobject(J, idx)->count; }

static int collect(js_Property *node, js_Property **out, int n, int max) {
  if (node->level == 0) /* the sentinel */
    return n;
  if ((n = collect(node->left, out, n, max)) < 0 || n >= max)
    return -1;
  out[n++] = node;
  return collect(node->right, out, n, max);
}

int mukjs_engine_plain_keys(js_State *J, int idx, const char **names, int max) {
  js_Property *p[16];
  js_Object *obj;
  int n, i, j;
  if (!js_isobject(J, idx) || max > 16)
    return -1;
  obj = js_toobject(J, idx);
  if (obj->type != JS_COBJECT || obj->count > max)
    return -1;
  if ((n = collect(obj->properties, p, 0, max)) < 0)
    return -1;
  for (i = 0; i < n; i++) {
    js_Property *q = p[i];
    if ((q->atts & JS_DONTENUM) || q->getter || q->setter || (q->name[0] >= '0' && q->name[0] <= '9'))
      return -1;
    for (j = i; j > 0 && p[j - 1]->order > q->order; j--) /* creation order */
      p[j] = p[j - 1];
    p[j] = q;
  }
  for (i = 0; i < n; i++)
    names[i] = p[i]->name;
  return n;
}

/* ---- flat arrays --------------------------------------------------------
 * Once an element was stored through the API, a dense array keeps it in
 * its flat part (u.a.array) for good: slots handed out in order stay
 * there. */

unsigned mukjs_heap_live_units(js_State *J) {
  return (unsigned)(J->gcthresh / JS_GCFACTOR);
}

js_Object *mukjs_engine_object(js_State *J, int idx) { return js_toobject(J, idx); }

static int in_flat(const js_Object *t, int i) {
  return t && t->type == JS_CARRAY && t->u.a.simple && i < t->u.a.flat_length;
}

int mukjs_flat_put(js_State *J, js_Object *a, int i, int idx) {
  if (!in_flat(a, i))
    return 0;
  a->u.a.array[i] = *js_tovalue(J, idx);
  return 1;
}

int mukjs_flat_get(js_State *J, js_Object *a, int i, int clear) {
  js_Value v;
  if (!in_flat(a, i))
    return 0;
  v = a->u.a.array[i];
  if (clear)
    a->u.a.array[i].t.type = JS_TUNDEFINED;
  js_pushvalue(J, v);
  return 1;
}

/* ---- shaped objects (fs Stats) ------------------------------------------
 * Every such object gets the same names inserted in the same order, so its
 * property tree (mujs keeps an object's properties in an AA tree) always
 * has the same shape. The first is built through the API and its tree
 * recorded; later ones copy that shape: no name comparisons or
 * rebalancing, and the Dates made directly as Date objects (what
 * `new Date(t)` makes for a number t). With the bundled mujs's patches the
 * nodes are laid out in the object's own block and the Dates made on first
 * read (see mukjs_shape_push). */
/* mukjs_shape_push sets every field of a property node itself: a mujs
 * patch that adds one must update it. With patch 0020 a node records its
 * creation order, which enumeration follows: a stamped object's nodes get
 * their slot, the recorded order, older than anything a program adds
 * later. */
#ifdef JS_PROPERTY_ORDER
#define SHAPE_ORDER_SIZE sizeof(unsigned long long)
#define SET_ORDER(p, slot) ((p)->order = (unsigned long long)(slot))
#else
#define SHAPE_ORDER_SIZE 0
#define SET_ORDER(p, slot) ((void)0)
#endif
_Static_assert(offsetof(js_Property, name) ==
                   2 * sizeof(js_Property *) + 2 * sizeof(int) +
                       sizeof(js_Value) + 2 * sizeof(js_Object *) +
                       SHAPE_ORDER_SIZE,
               "js_Property changed: update mukjs_shape_push");

#define SHAPE_MAX 32

struct mukjs_shape {
  const char *const *names;
  int n, first_date;
  int ready, root;
  js_State *J;
  js_Property *sentinel;
  js_Object *proto, *date_proto;
  int bytes;   /* the nodes laid out in the object's block (8-aligned) */
  char *image; /* the block as a new object starts (shape_image) */
  int nlinks;  /* links within the block: where each is, where it points */
  int link[2 * SHAPE_MAX][2];
  int voff[SHAPE_MAX]; /* per slot: where its value's number is */
  struct {
    int size, level, atts, left, right, slot, off;
    const char *name;
  } node[SHAPE_MAX];
};

mukjs_shape *mukjs_shape_new(const char *const *names, int n, int first_date) {
  mukjs_shape *s;
  if (n > SHAPE_MAX || !(s = calloc(1, sizeof *s)))
    return NULL;
  s->names = names;
  s->n = n;
  s->first_date = first_date;
  return s;
}

/* Record node (pre-order) and its subtrees; returns its index or -1. */
static int shape_walk(mukjs_shape *s, js_Property *node, int *count) {
  int i, slot;
  if (node == s->sentinel)
    return -1;
  if (*count >= s->n)
    return -2;
  for (slot = 0; slot < s->n && strcmp(s->names[slot], node->name); slot++)
    ;
  if (slot == s->n)
    return -2;
  i = (*count)++;
  s->node[i].size = (int)(offsetof(js_Property, name) + strlen(node->name) + 1);
  s->node[i].off = s->bytes;
  s->bytes += (s->node[i].size + 7) & ~7;
  s->node[i].level = node->level;
  s->node[i].atts = node->atts;
  s->node[i].slot = slot;
  s->node[i].name = s->names[slot];
  if ((s->node[i].left = shape_walk(s, node->left, count)) < -1 ||
      (s->node[i].right = shape_walk(s, node->right, count)) < -1)
    return -2;
  return i;
}

#ifdef JS_HAVE_OBJECT_BLOCK
/* The image of the n nodes as mukjs_shape_push lays them out. */
static int shape_image(mukjs_shape *s) {
  int i;
  free(s->image);
  if (!(s->image = calloc(1, (size_t)s->bytes)))
    return -1;
  s->nlinks = 0;
  for (i = 0; i < s->n; i++) {
    js_Property *p = (js_Property *)(s->image + s->node[i].off);
    int at = s->node[i].off;
    if (s->node[i].left >= 0) {
      s->link[s->nlinks][0] = at + (int)offsetof(js_Property, left);
      s->link[s->nlinks++][1] = s->node[s->node[i].left].off;
    }
    if (s->node[i].right >= 0) {
      s->link[s->nlinks][0] = at + (int)offsetof(js_Property, right);
      s->link[s->nlinks++][1] = s->node[s->node[i].right].off;
    }
    s->voff[s->node[i].slot] = at + (int)offsetof(js_Property, value.u.number);
    p->left = p->right = s->sentinel; /* the links within: per object */
    p->level = s->node[i].level;
    p->atts = s->node[i].atts;
    p->getter = p->setter = NULL;
    SET_ORDER(p, s->node[i].slot);
    memcpy(p->name, s->node[i].name, (size_t)s->node[i].size - offsetof(js_Property, name));
    p->value.t.type = JS_TNUMBER;
    if (s->node[i].slot >= s->first_date) {
#ifdef JS_LAZYDATE
      p->atts |= JS_LAZYDATE;
#else
      p->value.t.type = JS_TOBJECT;
#endif
    }
  }
  return 0;
}
#endif

void mukjs_shape_record(js_State *J, mukjs_shape *s, int idx, int date_idx) {
  js_Object *obj = js_toobject(J, idx);
  js_Property *p = obj->properties;
  int count = 0;
  s->ready = 0;
  if (obj->count != s->n)
    return;
  while (p->left->level) /* the leftmost leaf: its links are the sentinel */
    p = p->left;
  s->sentinel = p->left;
  s->proto = obj->prototype;
  js_getproperty(J, date_idx, "prototype");
  s->date_proto = js_isobject(J, -1) ? js_toobject(J, -1) : NULL;
  js_pop(J, 1);
  s->bytes = 0;
  s->root = shape_walk(s, obj->properties, &count);
  s->J = J;
  s->ready = s->root >= 0 && count == s->n && s->date_proto &&
             s->date_proto == J->Date_prototype;
#ifdef JS_HAVE_OBJECT_BLOCK
  if (s->ready && shape_image(s) < 0)
    s->ready = 0;
#endif
}

void mukjs_shape_forget(js_State *J, mukjs_shape *s) {
  if (s && s->J == J)
    s->ready = 0;
}

#ifdef JS_HAVE_OBJECT_BLOCK
/* With mujs patch 0010 the n nodes live in the object's own allocation
 * (freed with it): a copy of the image shape_image made from the first
 * object (every field but the links within the block and the values),
 * then the links and values filled in. With patch 0012 the Dates are made
 * only when something reads them (JS_LAZYDATE): most programs never do. */
static void shape_stamp(js_State *J, mukjs_shape *s, const double *v) {
  js_Object *obj = jsV_newobjectblock(J, JS_COBJECT, s->proto, s->bytes);
  char *block = jsV_objectblock(obj);
  int i;
  js_pushobject(J, obj); /* reachable from here on */
  memcpy(block, s->image, (size_t)s->bytes);
  for (i = 0; i < s->nlinks; i++) {
    js_Property *to = (js_Property *)(block + s->link[i][1]);
    memcpy(block + s->link[i][0], &to, sizeof to);
  }
#ifdef JS_LAZYDATE
  for (i = 0; i < s->n; i++)
    memcpy(block + s->voff[i], &v[i], sizeof v[i]);
#else
  for (i = 0; i < s->n; i++) {
    if (i < s->first_date) {
      memcpy(block + s->voff[i], &v[i], sizeof v[i]);
    } else {
      js_Object *d = jsV_newobject(J, JS_CDATE, s->date_proto);
      d->u.number = v[i];
      memcpy(block + s->voff[i], &d, sizeof d);
    }
  }
#endif
  obj->properties = (js_Property *)(block + s->node[s->root].off);
  obj->count = s->n;
  J->gccounter += (unsigned)s->n;
}

#else
static void shape_stamp(js_State *J, mukjs_shape *s, const double *v) {
  js_Property *node[SHAPE_MAX];
  js_Object *obj = jsV_newobject(J, JS_COBJECT, s->proto);
  int i;
  js_pushobject(J, obj); /* reachable from here on */
  for (i = s->n - 1; i >= 0; i--) { /* children (higher indices) first */
    js_Property *p = js_malloc(J, s->node[i].size);
    int slot = s->node[i].slot;
    p->left = s->node[i].left < 0 ? s->sentinel : node[s->node[i].left];
    p->right = s->node[i].right < 0 ? s->sentinel : node[s->node[i].right];
    p->level = s->node[i].level;
    p->atts = s->node[i].atts;
    p->getter = p->setter = NULL;
    SET_ORDER(p, s->node[i].slot);
    memcpy(p->name, s->node[i].name, (size_t)s->node[i].size - offsetof(js_Property, name));
    if (slot < s->first_date) {
      p->value.t.type = JS_TNUMBER;
      p->value.u.number = v[slot];
    } else {
      js_Object *d = jsV_newobject(J, JS_CDATE, s->date_proto);
      d->u.number = v[slot];
      p->value.t.type = JS_TOBJECT;
      p->value.u.object = d;
    }
    node[i] = p;
  }
  obj->properties = node[s->root];
  obj->count = s->n;
  J->gccounter += (unsigned)s->n;
}
#endif

int mukjs_shape_push(js_State *J, mukjs_shape *s, const double *v) {
  if (!s || !s->ready || s->J != J)
    return 0;
  shape_stamp(J, s, v);
  return 1;
}

/* ---- byte views ----------------------------------------------------------
 * u.ta.data is the buffer's bytes + offset and never moves (jstypedarray.c:
 * nothing detaches or resizes an ArrayBuffer). */

unsigned char *mukjs_engine_view(js_State *J, int idx, size_t *len, js_Object **ab) {
  js_Value *v = js_tovalue(J, idx);
  js_Object *o;
  if (v->t.type != JS_TOBJECT)
    return NULL;
  o = v->u.object;
  if (o->type == JS_CTYPEDARRAY) {
    static const unsigned char size[JS_TA_NKINDS] = {1, 1, 1, 2, 2, 4, 4, 4, 8};
    *len = (size_t)o->u.ta.length * size[o->u.ta.kind];
  } else if (o->type == JS_CDATAVIEW) {
    *len = (size_t)o->u.ta.length;
  } else {
    return NULL;
  }
  if (ab)
    *ab = o->u.ta.buffer;
  return o->u.ta.data;
}

int mukjs_engine_is_u8(js_State *J, int idx) {
  js_Value *v = js_tovalue(J, idx);
  return v->t.type == JS_TOBJECT && v->u.object->type == JS_CTYPEDARRAY &&
         v->u.object->u.ta.kind == JS_TA_UINT8;
}

int mukjs_engine_is_u8_of(js_State *J, int idx, js_Object *proto) {
  if (!proto || !mukjs_engine_is_u8(J, idx))
    return 0;
  for (js_Object *p = js_tovalue(J, idx)->u.object->prototype; p; p = p->prototype)
    if (p == proto)
      return 1;
  return 0;
}

void mukjs_engine_push_u8(js_State *J, js_Object *ab, size_t off, size_t len, js_Object *proto) {
  js_Object *o = jsV_newobject(J, JS_CTYPEDARRAY, proto);
  o->u.ta.buffer = ab;
  o->u.ta.data = ab->u.ab.data + off;
  o->u.ta.offset = (int)off;
  o->u.ta.length = (int)len;
  o->u.ta.kind = JS_TA_UINT8;
  js_pushobject(J, o);
}

unsigned char *mukjs_engine_ab_bytes(js_Object *ab, size_t *len,
                                     void (**free)(void *ctx, void *data), void **ctx) {
  *len = (size_t)ab->u.ab.length;
  *free = ab->u.ab.free;
  *ctx = ab->u.ab.ctx;
  return ab->u.ab.data;
}

void mukjs_engine_ab_adopt(js_Object *ab, void (*free)(void *ctx, void *data), void *ctx) {
  ab->u.ab.free = free;
  ab->u.ab.ctx = ctx;
}

js_Object *mukjs_engine_push_u8_shell(js_State *J, js_Object *proto) {
  js_Object *ab, *o;
  jsB_inittypedarray(J);
  ab = jsV_newobject(J, JS_CARRAYBUFFER, J->ArrayBuffer_prototype);
  ab->u.ab.data = NULL; /* free(NULL) if it is collected unfilled */
  ab->u.ab.length = 0;
  ab->u.ab.free = NULL;
  ab->u.ab.ctx = NULL;
  js_pushobject(J, ab); /* reachable while the view is made */
  o = jsV_newobject(J, JS_CTYPEDARRAY, proto);
  o->u.ta.buffer = ab;
  o->u.ta.data = NULL;
  o->u.ta.offset = 0;
  o->u.ta.length = 0;
  o->u.ta.kind = JS_TA_UINT8;
  js_pop(J, 1);
  js_pushobject(J, o);
  return o;
}

void mukjs_engine_fill_u8(js_Object *o, unsigned char *data, size_t len,
                          void (*free)(void *ctx, void *data), void *ctx) {
  js_Object *ab = o->u.ta.buffer;
  ab->u.ab.data = data;
  ab->u.ab.length = (int)len;
  ab->u.ab.free = free;
  ab->u.ab.ctx = ctx;
  o->u.ta.data = data;
  o->u.ta.length = (int)len;
}
