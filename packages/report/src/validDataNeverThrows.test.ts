import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { validateDataset } from "@nrmkit/validation";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TEXT_PAYLOADS } from "../test/hostileData.js";
import { renderCsv } from "./csv.js";
import { buildDecisionTracker } from "./decisionTracker.js";
import type { ReportDocument } from "./document.js";
import { renderDocx } from "./docx/index.js";
import { renderICalendar } from "./ical/index.js";
import { buildMeetingReport } from "./meetingReport.js";
import { buildMinutes } from "./minutes.js";
import { buildMouText } from "./mouText.js";
import { renderHtml } from "./renderHtml.js";
import { renderJson } from "./renderJson.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { renderXlsx } from "./xlsx/index.js";

// The contract of issue 19: data that validateDataset accepts never crashes a builder or a renderer.
// Each run applies random mutations to a bundled dataset one at a time, keeps those after which the
// dataset still validates, then builds every document the dataset allows and renders each in
// every format.

/** Bundled datasets to mutate (the only one bundled so far). */
const SEEDS: readonly NrmDataset[] = [belarusTaskForces2014];
const LOCALES = ["en", "ru"] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

// biome-ignore lint/suspicious/noExplicitAny: mutations edit the JSON tree generically.
type Json = any;

/** One random edit; the numbers pick targets modulo the candidates present at the time. */
interface Mutation {
  readonly kind: (typeof KINDS)[number];
  readonly a: number;
  readonly b: number;
  readonly days: number;
  readonly text: string;
}

const KINDS = [
  "drop",
  "duplicate",
  "swapIds",
  "replaceRef",
  "shiftDate",
  "dropOptionalDate",
  "moveDecision",
  "capacity",
  "meetingStatus",
  "decisionsRecorded",
  "decisionStatus",
  "addEffect",
  "dropEffect",
  "addAmendment",
  "addAmendmentOp",
  "emptyText",
  "hostileText",
  "cloneMeeting",
  "cloneDecision",
  "withdrawParty",
  "partiesAsGuests",
  "shiftMouDate",
] as const;

const OPS = ["add_party", "withdraw_party", "add_clause", "amend_clause", "remove_clause"] as const;
const LINKS = ["supersedes", "repeats", "continues"] as const;
const CAPACITIES = ["mou_party", "interested_organization", "guest"] as const;
const MEETING_STATUSES = ["planned", "held", "cancelled"] as const;
const DECISION_STATUSES = ["adopted", "in_progress", "done", "dropped"] as const;

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  a: fc.nat(1000),
  b: fc.nat(1000),
  days: fc.integer({ min: -800, max: 800 }),
  text: fc.oneof(fc.constantFrom(...TEXT_PAYLOADS), fc.string({ maxLength: 12 })),
});

/** Every value in the tree with its parent and key, depth first. */
function slots(root: Json): { parent: Json; key: string | number; value: Json }[] {
  const out: { parent: Json; key: string | number; value: Json }[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) {
      node.forEach((value, key) => {
        out.push({ parent: node, key, value });
        walk(value);
      });
    } else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        out.push({ parent: node, key, value });
        walk(value);
      }
    }
  };
  walk(root);
  return out;
}

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const isLocalizedText = (value: Json): boolean =>
  value !== null &&
  typeof value === "object" &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => /^[a-z]{2}$/.test(key) && typeof text === "string");

function randomOperation(d: Json, mouId: string, m: Mutation): Json {
  const mou = d.mous.find((x: Json) => x.id === mouId);
  const numbers: string[] = [...(mou?.clauses ?? []).map((c: Json) => c.number), "6", "7", "9", "12"];
  const number = pick(numbers, m.b) ?? "1";
  const organizationId = (pick(d.organizations, m.b) as Json)?.id ?? "org-iom";
  const text = { en: `Clause ${m.text}`, ru: `Пункт ${m.text}` };
  switch (OPS[m.a % OPS.length]) {
    case "add_party":
      return { op: "add_party", organizationId };
    case "withdraw_party":
      return { op: "withdraw_party", organizationId };
    case "add_clause":
      return m.days % 2 === 0
        ? { op: "add_clause", clause: { number, topic: "other", text } }
        : { op: "add_clause", clause: { number, topic: "other", text }, after: pick(numbers, m.a) };
    case "amend_clause":
      return { op: "amend_clause", number, changes: m.days % 2 === 0 ? { text } : { topic: "governance" } };
    default:
      return { op: "remove_clause", number };
  }
}

/** Applies one mutation in place; the caller keeps it only if the dataset still validates. */
function mutate(d: Json, m: Mutation): void {
  const all = slots(d);
  switch (m.kind) {
    case "drop":
    case "duplicate": {
      const target = pick(
        all.filter((s) => Array.isArray(s.value) && s.value.length > 0),
        m.a,
      );
      if (target === undefined) return;
      const i = m.b % target.value.length;
      if (m.kind === "drop") target.value.splice(i, 1);
      else target.value.splice(i, 0, structuredClone(target.value[i]));
      return;
    }
    case "swapIds": {
      const ids = all.filter((s) => s.key === "id" && typeof s.value === "string");
      const x = pick(ids, m.a);
      const y = pick(ids, m.b);
      if (x === undefined || y === undefined) return;
      x.parent.id = y.value;
      y.parent.id = x.value;
      return;
    }
    case "replaceRef": {
      const refs = all.filter(
        (s) =>
          typeof s.value === "string" &&
          ((typeof s.key === "string" && /Id$/.test(s.key)) || /Ids$/.test(String(slotKeyOfArray(all, s.parent)))),
      );
      const ids = all.filter((s) => s.key === "id").map((s) => s.value as string);
      const target = pick(refs, m.a);
      if (target !== undefined) target.parent[target.key] = pick(ids, m.b);
      return;
    }
    case "shiftDate": {
      const target = pick(
        all.filter((s) => typeof s.value === "string" && ISO.test(s.value)),
        m.a,
      );
      if (target !== undefined) target.parent[target.key] = shiftDate(target.value, m.days);
      return;
    }
    case "dropOptionalDate": {
      const target = pick(
        all.filter(
          (s) =>
            typeof s.value === "string" &&
            ISO.test(s.value) &&
            ["expiryDate", "withdrawnDate", "dueDate", "establishedDate", "dissolvedDate"].includes(String(s.key)),
        ),
        m.a,
      );
      if (target !== undefined) delete target.parent[target.key];
      return;
    }
    case "moveDecision": {
      const decision = pick(d.decisions, m.a) as Json;
      const meeting = pick(d.meetings, m.b) as Json;
      if (decision !== undefined && meeting !== undefined) decision.meetingId = meeting.id;
      return;
    }
    case "capacity": {
      const rows = d.meetings.flatMap((x: Json) => x.attendance);
      const row = pick(rows, m.a) as Json;
      if (row !== undefined) row.capacity = CAPACITIES[m.b % CAPACITIES.length];
      return;
    }
    case "meetingStatus": {
      const meeting = pick(d.meetings, m.a) as Json;
      if (meeting !== undefined) meeting.status = MEETING_STATUSES[m.b % MEETING_STATUSES.length];
      return;
    }
    case "decisionsRecorded": {
      const meeting = pick(d.meetings, m.a) as Json;
      if (meeting === undefined) return;
      if (m.b % 3 === 0) delete meeting.decisionsRecorded;
      else meeting.decisionsRecorded = m.b % 3 === 1;
      return;
    }
    case "decisionStatus": {
      const decision = pick(d.decisions, m.a) as Json;
      if (decision === undefined) return;
      const last = decision.statusHistory.at(-1)?.date ?? "2014-06-01";
      decision.statusHistory.push({
        status: DECISION_STATUSES[m.b % DECISION_STATUSES.length],
        date: shiftDate(last, Math.abs(m.days)),
      });
      return;
    }
    case "addEffect": {
      const decision = pick(d.decisions, m.a) as Json;
      if (decision === undefined) return;
      const mouId = decision.effects?.mouId ?? (pick(d.mous, m.b) as Json)?.id;
      if (mouId === undefined) return;
      decision.effects = {
        mouId,
        operations: [...(decision.effects?.operations ?? []), randomOperation(d, mouId, m)],
      };
      return;
    }
    case "dropEffect": {
      const decision = pick(
        d.decisions.filter((x: Json) => x.effects !== undefined),
        m.a,
      ) as Json;
      if (decision === undefined) return;
      if (m.b % 2 === 0) delete decision.effects;
      else decision.effects.operations.splice(m.b % decision.effects.operations.length, 1);
      return;
    }
    case "addAmendment": {
      const mou = pick(d.mous, m.a) as Json;
      if (mou === undefined) return;
      const decision = m.b % 2 === 0 ? undefined : pick(d.decisions, m.b);
      d.mouAmendments.push({
        id: `amendment-${d.mouAmendments.length}-${m.a}`,
        mouId: mou.id,
        date: shiftDate(mou.effectiveDate, Math.abs(m.days)),
        operations: [randomOperation(d, mou.id, m)],
        ...(decision === undefined ? {} : { decisionId: (decision as Json).id }),
      });
      return;
    }
    case "addAmendmentOp": {
      const amendment = pick(d.mouAmendments, m.a) as Json;
      if (amendment !== undefined) amendment.operations.push(randomOperation(d, amendment.mouId, m));
      return;
    }
    case "emptyText":
    case "hostileText": {
      const target = pick(
        all.filter((s) => isLocalizedText(s.value)),
        m.a,
      );
      if (target === undefined) return;
      const langs = Object.keys(target.value);
      const lang = langs[m.b % langs.length] as string;
      target.value[lang] = m.kind === "emptyText" ? "" : m.text;
      return;
    }
    case "cloneMeeting": {
      const meeting = pick(d.meetings, m.a) as Json;
      if (meeting === undefined) return;
      const copy = structuredClone(meeting);
      copy.id = `${meeting.id}-copy-${m.b}`;
      copy.date = shiftDate(meeting.date, m.days);
      copy.status = MEETING_STATUSES[m.b % MEETING_STATUSES.length];
      delete copy.publication;
      d.meetings.push(copy);
      return;
    }
    case "cloneDecision": {
      const decision = pick(d.decisions, m.a) as Json;
      if (decision === undefined) return;
      const copy = structuredClone(decision);
      copy.id = `${decision.id}-copy-${m.b}`;
      const meeting = pick(d.meetings, m.b) as Json;
      copy.meetingId = meeting.id;
      copy.ordinal = d.decisions.filter((x: Json) => x.meetingId === meeting.id).length + 1;
      copy.statusHistory = [{ status: "adopted", date: meeting.date }];
      copy.links = m.days % 3 === 0 ? [] : [{ decisionId: decision.id, relation: LINKS[Math.abs(m.days) % 3] }];
      d.decisions.push(copy);
      return;
    }
    case "partiesAsGuests": {
      // Frees MoU dates to move: nobody attends as a party any more.
      for (const row of d.meetings.flatMap((x: Json) => x.attendance)) {
        if (row.capacity === "mou_party") row.capacity = CAPACITIES[1 + (m.b % 2)];
      }
      return;
    }
    case "shiftMouDate": {
      const mou = pick(d.mous, m.a) as Json;
      if (mou !== undefined) mou.effectiveDate = shiftDate(mou.effectiveDate, m.days);
      return;
    }
    case "withdrawParty": {
      const party = pick(
        d.mous.flatMap((x: Json) => x.parties),
        m.a,
      ) as Json;
      if (party !== undefined) party.withdrawnDate = shiftDate(party.signedDate, Math.abs(m.days));
      return;
    }
  }
}

/** The key under which `array` sits in the tree (to tell reference lists such as `chairIds`). */
function slotKeyOfArray(all: ReturnType<typeof slots>, array: Json): string | number | undefined {
  return Array.isArray(array) ? all.find((s) => s.value === array)?.key : undefined;
}

/** The seed dataset with every mutation applied that keeps it valid, and how many were kept. */
function mutant(seed: NrmDataset, mutations: readonly Mutation[]): { dataset: NrmDataset; kept: Mutation[] } {
  let current: Json = structuredClone(seed);
  const kept: Mutation[] = [];
  for (const m of mutations) {
    const next = structuredClone(current);
    mutate(next, m);
    if (validateDataset(next).success) {
      current = next;
      kept.push(m);
    }
  }
  return { dataset: current, kept };
}

/** Every document the builders make from `dataset`, labelled for the failure message. */
function buildAll(dataset: NrmDataset, asOf: string): [string, () => ReportDocument][] {
  const builds: [string, () => ReportDocument][] = [];
  for (const locale of LOCALES) {
    for (const meeting of dataset.meetings) {
      builds.push([
        `buildMeetingReport ${meeting.id} ${locale}`,
        () => buildMeetingReport(dataset, meeting.id, { locale }),
      ]);
      for (const includeDecisionEffects of [false, true]) {
        builds.push([
          `buildMinutes ${meeting.id} ${locale} effects=${includeDecisionEffects}`,
          () => buildMinutes(dataset, meeting.id, { locale, asOf, includeDecisionEffects }),
        ]);
      }
    }
    for (const includeDecisionEffects of [false, true]) {
      builds.push([
        `buildDecisionTracker ${locale} effects=${includeDecisionEffects}`,
        () => buildDecisionTracker(dataset, { locale, asOf, includeDecisionEffects, common: { minTaskForces: 2 } }),
      ]);
      for (const taskForce of dataset.taskForces) {
        builds.push([
          `buildDecisionTracker ${taskForce.id} ${locale} effects=${includeDecisionEffects}`,
          () => buildDecisionTracker(dataset, { locale, asOf, includeDecisionEffects, taskForceIds: [taskForce.id] }),
        ]);
      }
      for (const mou of dataset.mous) {
        const at = asOf < mou.effectiveDate ? mou.effectiveDate : asOf;
        builds.push([
          `buildMouText ${mou.id} ${locale} effects=${includeDecisionEffects}`,
          () => buildMouText(dataset, mou.id, { locale, asOf: at, includeDecisionEffects }),
        ]);
        builds.push([
          `buildMouText ${mou.id} ${locale} effects=${includeDecisionEffects} diffFrom`,
          () =>
            buildMouText(dataset, mou.id, { locale, asOf: at, includeDecisionEffects, diffFrom: mou.effectiveDate }),
        ]);
      }
    }
  }
  return builds;
}

/**
 * Renders `doc` in every format; the binary ones only when `binary` (they are slow). CSV and
 * Excel need a table (they throw `not_found` by contract otherwise).
 */
async function renderAll(doc: ReportDocument, binary: boolean): Promise<void> {
  const hasTable = doc.blocks.some((block) => block.kind === "table");
  renderMarkdown(doc);
  renderHtml(doc);
  renderText(doc);
  renderJson(doc);
  if (hasTable) renderCsv(doc);
  if (binary) {
    await renderDocx(doc);
    if (hasTable) await renderXlsx(doc);
  }
}

describe("validateDataset › builders and renderers", () => {
  it("never throws on data that validation accepts", { timeout: 120_000 }, async () => {
    let keptTotal = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(SEEDS.length - 1),
        fc.array(mutationArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: -400, max: 800 }),
        fc.nat(),
        async (seedIndex, mutations, asOfDays, binaryPick) => {
          const { dataset, kept } = mutant(SEEDS[seedIndex] as NrmDataset, mutations);
          keptTotal += kept.length;
          const asOf = shiftDate("2014-06-01", asOfDays);
          const builds = buildAll(dataset, asOf);
          // Word and Excel are slow: one document of each run goes through them.
          const binary = builds[binaryPick % builds.length]?.[0];
          for (const [label, build] of builds) {
            let doc: ReportDocument;
            try {
              doc = build();
              await renderAll(doc, label === binary);
            } catch (error) {
              throw new Error(`${label} (asOf ${asOf}) after ${JSON.stringify(kept)}: ${String(error)}`, {
                cause: error,
              });
            }
          }
          for (const locale of LOCALES) {
            try {
              renderICalendar(dataset, { locale, asOf, decisions: "all", timestamp: "2014-06-01T00:00:00Z" });
            } catch (error) {
              throw new Error(
                `renderICalendar ${locale} (asOf ${asOf}) after ${JSON.stringify(kept)}: ${String(error)}`,
                {
                  cause: error,
                },
              );
            }
          }
        },
      ),
      { seed: 19, numRuns: 200 },
    );
    // The mutations must mostly survive validation, or the test would only cover the seeds.
    expect(keptTotal).toBeGreaterThan(400);
  });
});
