// Library code must never write to the console: a test in which it does fails.
import { afterEach, beforeEach, expect, vi } from "vitest";

const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;

beforeEach(() => {
  for (const method of methods) vi.spyOn(console, method);
});

afterEach(() => {
  const calls = methods.flatMap((method) =>
    vi.mocked(console[method]).mock.calls.map((args) => `console.${method}(${args.map(String).join(", ")})`),
  );
  vi.restoreAllMocks();
  expect(calls, "library code wrote to the console").toEqual([]);
});
