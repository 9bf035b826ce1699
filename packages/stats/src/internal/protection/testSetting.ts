/**
 * A number the engine reads and tests may change (a size from which a method is used): `value` is
 * read where it applies, `set` changes it and returns the previous value for the test to restore.
 */
export interface TestSetting {
  readonly value: number;
  set(next: number): number;
}

/** A setting starting at `initial` (see {@link TestSetting}). */
export function testSetting(initial: number): TestSetting {
  const setting = {
    value: initial,
    set(next: number): number {
      const previous = setting.value;
      setting.value = next;
      return previous;
    },
  };
  return setting;
}
