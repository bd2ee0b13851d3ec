/* queue_internal.h — the two intrusive message queues the kernel uses.
 *
 * Both link messages through muk_msg.next, so queueing never allocates.
 *
 *   muk__fifo  single-threaded FIFO (head + tail pointer).
 *   muk__mpsc  multi-producer, single-consumer: a lock-free Treiber stack.
 *              Producers push one message with a CAS; the consumer swaps the
 *              whole stack out with one exchange and reverses it, which turns
 *              it back into arrival order (so each producer's messages stay
 *              in the order that producer pushed them).
 */
#ifndef MUK_QUEUE_INTERNAL_H
#define MUK_QUEUE_INTERNAL_H

#include <stdatomic.h>
#include <stddef.h>

#include "muk.h"

typedef struct muk__fifo {
  muk_msg *head;
  muk_msg *tail;
} muk__fifo;

static inline void muk__fifo_init(muk__fifo *q) {
  q->head = NULL;
  q->tail = NULL;
}

static inline int muk__fifo_empty(const muk__fifo *q) { return q->head == NULL; }

static inline void muk__fifo_push(muk__fifo *q, muk_msg *m) {
  m->next = NULL;
  if (q->tail)
    q->tail->next = m;
  else
    q->head = m;
  q->tail = m;
}

/* Append the chain first..last (already linked, last->next == NULL). */
static inline void muk__fifo_append(muk__fifo *q, muk_msg *first,
                                    muk_msg *last) {
  if (q->tail)
    q->tail->next = first;
  else
    q->head = first;
  q->tail = last;
}

static inline muk_msg *muk__fifo_pop(muk__fifo *q) {
  muk_msg *m = q->head;
  if (m) {
    q->head = m->next;
    if (!q->head)
      q->tail = NULL;
    m->next = NULL;
  }
  return m;
}

/* Take the whole queue as a NULL-terminated chain in FIFO order. */
static inline muk_msg *muk__fifo_take(muk__fifo *q) {
  muk_msg *m = q->head;
  q->head = NULL;
  q->tail = NULL;
  return m;
}

typedef struct muk__mpsc {
  _Atomic(muk_msg *) head;
} muk__mpsc;

static inline void muk__mpsc_init(muk__mpsc *q) {
  atomic_init(&q->head, NULL);
}

/* Push from any thread. Returns 1 when the stack was empty, i.e. when the
 * caller must wake the consumer (a non-empty stack already has a wakeup
 * pending, because the consumer empties it completely on every wakeup). */
static inline int muk__mpsc_push(muk__mpsc *q, muk_msg *m) {
  muk_msg *old = atomic_load_explicit(&q->head, memory_order_relaxed);
  do {
    m->next = old;
  } while (!atomic_compare_exchange_weak_explicit(
      &q->head, &old, m, memory_order_release, memory_order_relaxed));
  return old == NULL;
}

/* Push a chain linked newest first (newest->...->oldest, oldest->next
 * unset) with one CAS; returns 1 when the stack was empty. */
static inline int muk__mpsc_push_chain(muk__mpsc *q, muk_msg *newest,
                                       muk_msg *oldest) {
  muk_msg *old = atomic_load_explicit(&q->head, memory_order_relaxed);
  do {
    oldest->next = old;
  } while (!atomic_compare_exchange_weak_explicit(
      &q->head, &old, newest, memory_order_release, memory_order_relaxed));
  return old == NULL;
}

/* Consumer only: take everything, in push order. */
static inline muk_msg *muk__mpsc_take(muk__mpsc *q) {
  muk_msg *m, *prev = NULL, *next;
  if (atomic_load_explicit(&q->head, memory_order_relaxed) == NULL)
    return NULL;
  m = atomic_exchange_explicit(&q->head, NULL, memory_order_acquire);
  while (m) { /* reverse: LIFO -> FIFO */
    next = m->next;
    m->next = prev;
    prev = m;
    m = next;
  }
  return prev;
}

#endif
