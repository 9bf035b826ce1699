import { pickText } from "@nrmkit/core";
import type { Inline } from "../document.js";
import type { Context } from "./context.js";
import { inlineText } from "./inlineText.js";

/**
 * Names organisations in running prose: the full name with its abbreviation the first time, the
 * abbreviation after. With `define` false (a slot the template already follows with parentheses,
 * such as "{host} (host)") a first mention is the full name alone and defines nothing yet.
 */
export type Mention = (organizationId: string, define?: boolean) => Inline[];

/**
 * A namer for one document's prose. An organisation with an abbreviation in the report's language
 * is written "Full name (ABBR)" at its first mention (just the name when it already shows the
 * abbreviation) and "ABBR" afterwards, as the news items do with IOM. An abbreviation that two
 * organisations of the document share (two "Red Cross" branches) is never used: it would not say
 * which one is meant. Tables keep full names; only sentences use this.
 *
 * @param ids - Every organisation the document's prose may name, to find shared abbreviations.
 */
export function createMentions(ctx: Context, ids: Iterable<string>): Mention {
  const abbreviationOf = (id: string): string | undefined => {
    const found = ctx.index.organizations.get(id)?.abbreviation;
    if (found === undefined) return undefined;
    const picked = pickText(found, [ctx.locale]);
    return picked.isFallback || picked.text === "" ? undefined : picked.text;
  };
  const owners = new Map<string, Set<string>>();
  for (const id of ids) {
    const abbreviation = abbreviationOf(id);
    if (abbreviation !== undefined) owners.set(abbreviation, (owners.get(abbreviation) ?? new Set()).add(id));
  }
  const mentioned = new Set<string>();
  return (id, define = true) => {
    const name = ctx.organisation(id);
    const abbreviation = abbreviationOf(id);
    if (abbreviation === undefined || (owners.get(abbreviation)?.size ?? 0) > 1) return [name];
    if (mentioned.has(id)) return [ctx.text({ [ctx.locale]: abbreviation })];
    const shown = inlineText([name]).includes(abbreviation);
    if (!define && !shown) return [name];
    mentioned.add(id);
    return shown ? [name] : [name, " (", ctx.text({ [ctx.locale]: abbreviation }), ")"];
  };
}
