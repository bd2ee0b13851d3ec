/* runner.c — run one kernel test by name, or all of them. */
#include "test-list.h"
#include "test.h"

#define DECLARE(name) TEST_IMPL(name);
TEST_LIST(DECLARE)
#undef DECLARE

static const struct {
  const char *name;
  int (*fn)(void);
} tests[] = {
#define ENTRY(name) {#name, run_test_##name},
    TEST_LIST(ENTRY)
#undef ENTRY
};

int main(int argc, char **argv) {
  size_t i, n = sizeof(tests) / sizeof(tests[0]);
  int ran = 0;
  setvbuf(stdout, NULL, _IONBF, 0);
  for (i = 0; i < n; i++) {
    if (argc > 1 && strcmp(argv[1], tests[i].name) != 0)
      continue;
    printf("%s ... ", tests[i].name);
    if (tests[i].fn() != 0) {
      printf("FAILED\n");
      return 1;
    }
    printf("ok\n");
    ran++;
  }
  if (ran == 0) {
    fprintf(stderr, "no test named %s\n", argc > 1 ? argv[1] : "(any)");
    return 1;
  }
  return 0;
}
