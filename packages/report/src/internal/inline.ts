import type { Inline } from "../document.js";
import { isolateBidi } from "./dataText.js";

/** A placeholder value: one inline run or several. */
export type TemplateValue = Inline | readonly Inline[];

/**
 * Fills `{name}` placeholders of a message template with inline content; unknown names are kept
 * as written so a broken catalogue shows up in the output instead of vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, TemplateValue>>): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1] ?? "";
    const value = values[name];
    if (value === undefined) continue;
    if (match.index > last) out.push(template.slice(last, match.index));
    if (typeof value === "string" || !Array.isArray(value)) out.push(value as Inline);
    else out.push(...(value as readonly Inline[]));
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return mergeStrings(out);
}

/** Joins parts with `separator`, using `lastSeparator` before the last part. */
export function join(parts: readonly (readonly Inline[])[], separator: string, lastSeparator = separator): Inline[] {
  const out: Inline[] = [];
  for (const [index, part] of parts.entries()) {
    if (index > 0) out.push(index === parts.length - 1 ? lastSeparator : separator);
    out.push(...part);
  }
  return mergeStrings(out);
}

/** Merges neighbouring strings, so snapshots and JSON stay compact. */
export function mergeStrings(content: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of content) {
    const previous = out[out.length - 1];
    if (typeof run === "string" && typeof previous === "string") out[out.length - 1] = previous + run;
    else if (run !== "") out.push(run);
  }
  return out;
}

/**
 * Lower-cases the first letter of a sentence-like text ("To identify…" → "to identify…") unless
 * it starts an acronym or a name written in capitals ("NRM", "IOM").
 */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (first === undefined || second === undefined) return text;
  if (second.toLocaleUpperCase() === second && second.toLocaleLowerCase() !== second) return text;
  return first.toLocaleLowerCase() + text.slice(first.length);
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  const [first] = [...text];
  return first === undefined ? text : first.toLocaleUpperCase() + text.slice(first.length);
}

/** Applies `change` to the first run when it is a plain string (fallback runs stay as found). */
export function changeFirst(content: readonly Inline[], change: (text: string) => string): Inline[] {
  const [first, ...rest] = content;
  return typeof first === "string" ? [change(first), ...rest] : [...content];
}

/** Drops trailing sentence punctuation, so a list can add its own. */
export function trimEnd(content: readonly Inline[]): Inline[] {
  const out = [...content];
  const last = out[out.length - 1];
  if (typeof last === "string") out[out.length - 1] = last.replace(/[\s.;,]+$/u, "");
  return out;
}

/** Adds text at the end. */
export function append(content: readonly Inline[], text: string): Inline[] {
  return mergeStrings([...content, text]);
}

/**
 * A data value wrapped in Unicode isolates when it holds right-to-left text (see
 * `dataText.ts`), so it cannot reorder the sentence a template puts it in.
 */
export function isolated(run: Inline): Inline {
  if (typeof run === "string") return isolateBidi(run);
  return run.kind === "fallback" ? { ...run, text: isolateBidi(run.text) } : run;
}
