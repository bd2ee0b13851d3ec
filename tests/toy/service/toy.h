/* toy.h — the "toy" service's message schema: one op, compiled only into
 * the test build (tests/toy), to prove that docs/adding-a-service.md is
 * enough to add a service.
 *
 * Requests (args; reply args):
 *   greet (str name) -> str "hello, NAME"; a name that is not a string, or
 *         is empty, is MUK_EBADMSG.
 */
#ifndef MUK_TESTS_TOY_H
#define MUK_TESTS_TOY_H

#define TOY_OPS(X) X(GREET, "greet")

#define TOY_OP_ENUM(id, name) TOY_##id,
enum { TOY_OPS(TOY_OP_ENUM) TOY_NOPS };

#endif
