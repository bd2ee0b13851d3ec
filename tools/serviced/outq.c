/* outq.c — a connection's replies and events within the client's credit
 * (outq.h). */
#include "outq.h"

#include <stdlib.h>
#include <string.h>

#include "wire_sec.h"

typedef struct qframe {
  struct qframe *next;
  size_t len;
  uint8_t data[];
} qframe;

struct outq {
  outq_send_fn send;
  uint8_t ctl[256];
  size_t ctl_len;
  uint64_t sent, read; /* credit units: frame length + MUK_WIRE_CREDIT_FRAME */
  qframe *head, *tail;
  uint64_t waiting;
};

outq *outq_new(outq_send_fn send) {
  outq *q = calloc(1, sizeof *q);
  if (q) q->send = send;
  return q;
}

void outq_free(outq *q) {
  if (!q) return;
  for (qframe *f = q->head, *nx; f; f = nx) {
    nx = f->next;
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

static void put(outq *q, const uint8_t *frame, size_t len) {
  q->sent += len + MUK_WIRE_CREDIT_FRAME;
  q->send(q->ctl, q->ctl_len, frame, len);
}

static void flush(outq *q) {
  while (q->head && fits(q, q->head->len)) {
    qframe *f = q->head;
    q->head = f->next;
    if (!q->head) q->tail = NULL;
    q->waiting -= f->len;
    put(q, f->data, f->len);
    free(f);
  }
}

int outq_send(outq *q, const uint8_t *frame, size_t len) {
  if (!q->head && fits(q, len)) {
    put(q, frame, len);
    return 0;
  }
  qframe *f = malloc(sizeof *f + len);
  if (!f) return -1;
  f->next = NULL;
  f->len = len;
  memcpy(f->data, frame, len);
  if (q->tail) q->tail->next = f; else q->head = f;
  q->tail = f;
  q->waiting += len;
  return 0;
}

int outq_credit(outq *q, uint64_t read) {
  if (read > q->sent || read < q->read) return -1;
  q->read = read;
  flush(q);
  return 0;
}

uint64_t outq_waiting(const outq *q) { return q->waiting; }
