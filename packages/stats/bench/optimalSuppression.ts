// The fewest secondary suppressions of a small table, for the benchmarks only: a mixed-integer
// programme solved by HiGHS (npm `highs`, WebAssembly), independent of the production engine.
//
// Binary x_e per entry (1: hidden); primary entries hidden, the grand total shown (the same rule as
// protectTable). For every entry h that may be hidden, two tables of non-negative inner counts,
// u^h and l^h, each agreeing with every shown entry (|entry(T) - a_e| <= M x_e, M the grand total,
// which bounds every entry), and entry_h(u^h) - entry_h(l^h) >= level * x_h: every hidden entry's
// feasible interval is at least `level` wide. The interval bounds are over real tables; for the
// two-way tables of the benchmark the constraint matrix is totally unimodular, so they are the
// integer bounds (the benchmark also has the test attacker check every optimum, in integers).
// Minimise the sum of x_e over the entries that are not primary.
import type { Highs } from "highs";
import type { LinearTable } from "./linearTableModel.js";

/**
 * A lower bound on the fewest secondary cells, proven by HiGHS's branch and bound within
 * `timeLimit` seconds (its dual bound, rounded up): no pattern that protects the table hides fewer.
 */
export function suppressionLowerBound(
  highs: Highs,
  model: LinearTable,
  primary: readonly boolean[],
  level: number,
  timeLimit: number,
): number {
  return highs.withModel({ format: "lp", data: suppressionProgramme(model, primary, level) }, (solver) => {
    solver.options.set({ output_flag: false, time_limit: timeLimit, mip_rel_gap: 0 });
    solver.run();
    return Math.ceil((solver.info.get("mip_dual_bound") as number) - 1e-6);
  });
}

/** The optimum: hidden entries (primary included) and the number of secondary ones. */
export interface OptimalPattern {
  readonly hidden: boolean[];
  readonly secondary: number;
}

function sum(terms: readonly string[]): string {
  // One term per line keeps the LP file's lines short.
  return terms.map((term, i) => (i === 0 ? ` ${term}` : `\n + ${term}`)).join("");
}

/** The programme in HiGHS's LP format (see the head of this file). */
export function suppressionProgramme(model: LinearTable, primary: readonly boolean[], level: number): string {
  const { entries, grand } = model;
  const bigM = entries[grand]?.value ?? 0;
  const free = entries.map((_, e) => !primary[e] && e !== grand);
  const lines: string[] = ["Minimize", ` obj:${sum(entries.flatMap((_, e) => (free[e] ? [`x${String(e)}`] : [])))}`];
  if (!free.includes(true)) lines[1] = " obj: 0 x0";
  lines.push("Subject To");
  let row = 0;
  const constraint = (text: string) => {
    lines.push(` c${String(row++)}:${text}`);
  };
  entries.forEach((target, h) => {
    if (h === grand) return;
    for (const side of ["u", "l"]) {
      const name = (i: number) => `${side}${String(h)}_${String(i)}`;
      entries.forEach((entry, e) => {
        if (primary[e]) return; // hidden anyway: every entry is at most the shown grand total
        const terms = sum(entry.rows.map(name));
        const value = String(entry.value);
        if (e === grand) {
          constraint(`${terms} = ${value}`);
          return;
        }
        constraint(`${terms}\n - ${String(bigM)} x${String(e)} <= ${value}`);
        constraint(`${terms}\n + ${String(bigM)} x${String(e)} >= ${value}`);
      });
    }
    const up = target.rows.map((i) => `u${String(h)}_${String(i)}`);
    const down = target.rows.map((i) => `l${String(h)}_${String(i)}`);
    constraint(`${sum(up)}${down.map((term) => `\n - ${term}`).join("")}\n - ${String(level)} x${String(h)} >= 0`);
  });
  lines.push("Bounds");
  entries.forEach((_, e) => {
    if (primary[e]) lines.push(` x${String(e)} = 1`);
    if (e === grand) lines.push(` x${String(e)} = 0`);
  });
  lines.push("Binary");
  entries.forEach((_, e) => {
    lines.push(` x${String(e)}`);
  });
  lines.push("End");
  return lines.join("\n");
}

/** Solves the programme; `null` when no pattern protects the table (or HiGHS gives up). */
export function optimalSuppression(
  highs: Highs,
  model: LinearTable,
  primary: readonly boolean[],
  level: number,
  timeLimit = 30,
): OptimalPattern | null {
  const { entries } = model;
  const result = highs.solve(suppressionProgramme(model, primary, level), {
    output_flag: false,
    time_limit: timeLimit,
    mip_rel_gap: 0,
  });
  if (result.Status !== "Optimal") return null;
  const hidden = entries.map((_, e) => {
    const column = result.Columns[`x${String(e)}`];
    return column !== undefined && "Primal" in column && (column.Primal as number) > 0.5;
  });
  return { hidden, secondary: hidden.filter((h, e) => h && !primary[e]).length };
}
