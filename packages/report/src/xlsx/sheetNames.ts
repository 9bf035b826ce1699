// Excel's rules for sheet names: 1 to 31 characters, none of \ / ? * : [ ], not starting or ending
// with an apostrophe, unique without regard to case, and never "History" (Excel reserves it).
const MAX = 31;

/** A valid, distinct sheet name for each caption, in order. */
export function sheetNames(captions: readonly string[]): string[] {
  const taken = new Set<string>();
  return captions.map((caption, index) => {
    let base = [
      ...caption
        .replace(/[\\/?*:[\]]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ]
      .slice(0, MAX)
      .join("")
      // Apostrophes and spaces in any mix at either end ("' ';"): stripping one kind can bare the other.
      .replace(/^['\s]+|['\s]+$/g, "");
    if (base === "" || base.toLowerCase() === "history") base = `Table ${index + 1}`;
    let name = base;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix += 1) {
      const tail = ` (${suffix})`;
      name = `${[...base]
        .slice(0, MAX - tail.length)
        .join("")
        .trimEnd()}${tail}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
