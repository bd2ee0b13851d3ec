/* outq.c — a connection's replies and events within the client's credit
 * (outq.h). */
#include "outq.h"

#include <stdlib.h>
#include <string.h>

typedef struct qframe {
  struct qframe *next;
  outq_next_fn next_fn; /* a stream (no data), or NULL */
  outq_done_fn done;
  void *ud;
  size_t len;
  uint8_t data[];
} qframe;

struct outq {
  outq_send_fn send;
  muk_wire_link *link;
  uint8_t ctl[256];
  size_t ctl_len;
  uint64_t sent, read; /* credit units: frame length + MUK_WIRE_CREDIT_FRAME */
  qframe *head, *tail;
  uint64_t waiting;
  muk_wire_batch batch; /* frames of this turn, older than anything queued */
  struct outq *dnext;   /* on the list of queues with a batch */
  int dirty;
};

static int batching = 1;
static void (*kick)(void);
static outq *dirty_head;

void outq_batching(int on, void (*fn)(void)) {
  batching = on;
  kick = fn;
}

outq *outq_new(outq_send_fn send, muk_wire_link *link) {
  outq *q = calloc(1, sizeof *q);
  if (q) {
    q->send = send;
    q->link = link;
  }
  return q;
}

void outq_free(outq *q) {
  if (!q) return;
  for (outq **pp = &dirty_head; *pp; pp = &(*pp)->dnext)
    if (*pp == q) {
      *pp = q->dnext;
      break;
    }
  muk_wire_batch_free(&q->batch);
  for (qframe *f = q->head, *nx; f; f = nx) {
    nx = f->next;
    if (f->done) f->done(f->ud);
    free(f);
  }
  free(q);
}

void outq_route(outq *q, const void *ctl, size_t ctl_len) {
  if (ctl_len > sizeof q->ctl) return;
  memcpy(q->ctl, ctl, ctl_len);
  q->ctl_len = ctl_len;
}

/* The client reports whenever a quarter of the credit is unreported, so a
 * client that read everything leaves less than that unread here: a frame
 * of any size goes then (the ones before it were read: the connection is
 * idle). */
static int fits(const outq *q, size_t len) {
  uint64_t unread = q->sent - q->read;
  return unread < MUK_WIRE_CREDIT / 4 || unread + len + MUK_WIRE_CREDIT_FRAME <= MUK_WIRE_CREDIT;
}

static void put(outq *q, uint8_t *frame, size_t len) {
  size_t n = muk_wire_seal(q->link, frame[5], frame, len);
  if (!n) return;
  q->sent += n + MUK_WIRE_CREDIT_FRAME;
  q->send(q->ctl, q->ctl_len, frame, n);
}

/* Send the batch (it was gathered within the credit). */
static void batch_out(outq *q) {
  size_t len;
  uint8_t *f = muk_wire_batch_frame(&q->batch, &len);
  if (f) put(q, f, len);
  muk_wire_batch_reset(&q->batch);
}

void outq_flush_batches(void) {
  while (dirty_head) {
    outq *q = dirty_head;
    dirty_head = q->dnext;
    q->dirty = 0;
    batch_out(q);
  }
}

static void pop(outq *q) {
  qframe *f = q->head;
  q->head = f->next;
  if (!q->head) q->tail = NULL;
  q->waiting -= f->len;
  free(f);
}

static void flush(outq *q) {
  while (q->head) {
    qframe *f = q->head;
    if (f->next_fn) {
      if (!fits(q, OUTQ_STREAM_FRAME)) return;
      uint8_t *frame;
      int last = 0;
      size_t n = f->next_fn(f->ud, &frame, &last);
      if (n) put(q, frame, n);
      if (n && !last) continue;
      f->done(f->ud); /* over: what follows may go */
    } else {
      if (!fits(q, f->len + MUK_WIRE_TAG_SIZE)) return;
      put(q, f->data, f->len);
    }
    pop(q);
  }
}

static qframe *push(outq *q, size_t room) {
  qframe *f = malloc(sizeof *f + room);
  if (!f) return NULL;
  memset(f, 0, sizeof *f);
  if (q->tail) q->tail->next = f; else q->head = f;
  q->tail = f;
  return f;
}

int outq_send(outq *q, uint8_t *frame, size_t len) {
  if (batching && !q->head && len <= MUK_WIRE_BATCH_ITEM_MAX && frame[5] == MUK_WK_DATA) {
    if (muk_wire_batch_full(&q->batch, len)) batch_out(q);
    size_t would = (q->batch.count ? q->batch.len : MUK_WIRE_BATCH_HDR) + 4 + len;
    if (fits(q, would + MUK_WIRE_TAG_SIZE) && muk_wire_batch_add(&q->batch, 0, frame, len) == 0) {
      if (!q->dirty) {
        if (!dirty_head && kick) kick();
        q->dirty = 1;
        q->dnext = dirty_head;
        dirty_head = q;
      }
      return 0;
    }
  }
  batch_out(q); /* what was gathered goes first */
  if (!q->head && fits(q, len + MUK_WIRE_TAG_SIZE)) {
    put(q, frame, len);
    return 0;
  }
  qframe *f = push(q, len + MUK_WIRE_TAG_SIZE);
  if (!f) return -1;
  f->len = len;
  memcpy(f->data, frame, len);
  q->waiting += len;
  return 0;
}

int outq_stream(outq *q, outq_next_fn next, outq_done_fn done, void *ud) {
  batch_out(q);
  qframe *f = push(q, 0);
  if (!f) {
    done(ud);
    return -1;
  }
  f->next_fn = next;
  f->done = done;
  f->ud = ud;
  flush(q);
  return 0;
}

int outq_credit(outq *q, uint64_t read) {
  if (read > q->sent || read < q->read) return -1;
  q->read = read;
  flush(q);
  return 0;
}

uint64_t outq_waiting(const outq *q) { return q->waiting; }
