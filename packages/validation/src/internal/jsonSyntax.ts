// Finds where a JSON text stops being valid, so a syntax error can be reported the same way in
// every engine and language (JSON.parse messages differ between V8, SpiderMonkey and JSC).
// Iterative, so deeply nested input cannot overflow the stack.

/** Where the first syntax error is: a 0-based index into the text (the text's length for its end). */
export function jsonErrorPosition(text: string): number {
  const containers: number[] = [];
  let i = 0;
  // What may come next: a value, a value or `]`, a key or `}`, a key, `:`, or what follows a value.
  const VALUE = 0;
  const VALUE_OR_END = 1;
  const KEY_OR_END = 2;
  const KEY = 3;
  const COLON = 4;
  const AFTER = 5;
  let state = VALUE;
  const skipSpace = () => {
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 10 || code === 13) i++;
      else return;
    }
  };
  /** Reads a string at `i`; the index of an error, or -1. */
  const readString = (): number => {
    i++;
    for (;;) {
      if (i >= text.length) return text.length;
      const code = text.charCodeAt(i);
      if (code === 34) {
        i++;
        return -1;
      }
      if (code < 32) return i;
      if (code === 92) {
        const next = text.charAt(i + 1);
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return Math.min(i + 2, text.length);
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== "") {
          i += 2;
        } else {
          return Math.min(i + 1, text.length);
        }
      } else {
        i++;
      }
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    skipSpace();
    if (state === AFTER) {
      const top = containers[containers.length - 1];
      if (top === undefined) return i >= text.length ? -1 : i;
      if (i >= text.length) return text.length;
      const code = text.charCodeAt(i);
      if (code === 44) {
        i++;
        state = top === 91 ? VALUE : KEY;
      } else if ((top === 91 && code === 93) || (top === 123 && code === 125)) {
        i++;
        containers.pop();
      } else {
        return i;
      }
      continue;
    }
    if (i >= text.length) return text.length;
    const code = text.charCodeAt(i);
    if (state === COLON) {
      if (code !== 58) return i;
      i++;
      state = VALUE;
      continue;
    }
    if (state === KEY || state === KEY_OR_END) {
      if (state === KEY_OR_END && code === 125) {
        i++;
        containers.pop();
        state = AFTER;
        continue;
      }
      if (code !== 34) return i;
      const error = readString();
      if (error !== -1) return error;
      state = COLON;
      continue;
    }
    if (state === VALUE_OR_END && code === 93) {
      i++;
      containers.pop();
      state = AFTER;
      continue;
    }
    // A value.
    if (code === 91 || code === 123) {
      containers.push(code);
      i++;
      state = code === 91 ? VALUE_OR_END : KEY_OR_END;
      continue;
    }
    if (code === 34) {
      const error = readString();
      if (error !== -1) return error;
      state = AFTER;
      continue;
    }
    const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
    if (literal !== undefined) {
      i += literal.length;
      state = AFTER;
      continue;
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      state = AFTER;
      continue;
    }
    return i;
  }
}
