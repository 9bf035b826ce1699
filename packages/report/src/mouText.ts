import {
  amendmentFromDecision,
  type DatasetIndex,
  diffMou,
  getById,
  type IsoDate,
  type LocalizedText,
  type Mou,
  type MouAmendment,
  type MouClause,
  type MouOperation,
  mouAsOf,
  mouPartiesOn,
  mouVersions,
  type NrmDataset,
  NrmkitError,
} from "@nrmkit/core";
import type { Block, Inline, ReportDocument, TableRow } from "./document.js";
import { type Context, createContext } from "./internal/context.js";
import { join } from "./internal/inline.js";
import type { ReportOptions } from "./reportOptions.js";

/**
 * Options of {@link buildMouText}.
 *
 * @example
 * ```ts
 * import type { MouTextOptions } from "@nrmkit/report";
 *
 * const options: MouTextOptions = { asOf: "2014-12-31", includeDecisionEffects: true, locale: "ru" };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface MouTextOptions extends ReportOptions {
  /** The day the consolidated text is for. */
  readonly asOf: IsoDate;
  /** The amendments to apply; default the dataset's `mouAmendments`. */
  readonly amendments?: readonly MouAmendment[];
  /**
   * Also apply the MoU effects of the dataset's decisions, each dated on the day it was adopted
   * (see `amendmentFromDecision` in core); default `false`.
   */
  readonly includeDecisionEffects?: boolean;
  /** The older side of the diff; default the base text's effective date. */
  readonly diffFrom?: IsoDate;
  /** A remark shown under the title, such as "The base text is illustrative". */
  readonly note?: LocalizedText;
}

/**
 * Lists the amendments that a dataset's decisions call for, each dated on the day the decision was adopted.
 *
 * @param dataset - The dataset, or its index.
 * @returns One amendment per decision with MoU effects, in meeting-date order.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { decisionAmendments } from "@nrmkit/report";
 *
 * decisionAmendments(belarusTaskForces2014).map((amendment) => [amendment.mouId, amendment.date]);
 * // => [["mou-gomel", "2014-04-16"], ["mou-gomel", "2014-04-16"], ["mou-vitebsk", "2014-05-14"], ["mou-vitebsk", "2014-05-14"]]
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function decisionAmendments(dataset: NrmDataset | DatasetIndex): readonly MouAmendment[] {
  const data = "dataset" in dataset ? dataset.dataset : dataset;
  const meetingDate = new Map(data.meetings.map((meeting) => [meeting.id, meeting.date]));
  return data.decisions
    .filter((decision) => decision.effects !== undefined)
    .map((decision) => {
      const adopted = decision.statusHistory.find((change) => change.status === "adopted")?.date;
      const date = adopted ?? meetingDate.get(decision.meetingId) ?? decision.statusHistory[0]?.date;
      if (date === undefined) {
        throw new NrmkitError(
          "invalid_argument",
          `${decision.id}.statusHistory: expected an adoption date, received none`,
        );
      }
      return amendmentFromDecision(decision, { date });
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

function describeOperation(ctx: Context, operation: MouOperation): Inline[] {
  const m = ctx.messages;
  switch (operation.op) {
    case "add_clause":
      return ctx.fill(m.clauseAdded, { number: operation.clause.number });
    case "amend_clause":
      return ctx.fill(m.clauseAmended, { number: operation.number });
    case "remove_clause":
      return ctx.fill(m.clauseRemoved, { number: operation.number });
    case "add_party":
      return ctx.fill(m.partyAdded, { organisation: ctx.organisation(operation.organizationId) });
    case "withdraw_party":
      return ctx.fill(m.partyWithdrawn, { organisation: ctx.organisation(operation.organizationId) });
  }
}

function clauseLine(ctx: Context, clause: MouClause): Inline[] {
  return [{ kind: "strong", children: [`${clause.number}.`] }, " ", ctx.text(clause.text, clause.number)];
}

function history(ctx: Context, mou: Mou, amendments: readonly MouAmendment[], asOf: IsoDate): Block[] {
  const m = ctx.messages;
  const byId = new Map(amendments.map((amendment) => [amendment.id, amendment]));
  const rows: TableRow[] = mouVersions(mou, amendments)
    .filter((version) => version.date <= asOf)
    .map((version) => {
      const amendment = version.amendmentId === undefined ? undefined : byId.get(version.amendmentId);
      if (amendment === undefined) {
        return { cells: [{ content: [ctx.longDate(version.date)] }, { content: [m.baseText] }, { content: [] }] };
      }
      const decision = amendment.decisionId === undefined ? undefined : ctx.index.decisions.get(amendment.decisionId);
      const meeting = decision === undefined ? undefined : ctx.index.meetings.get(decision.meetingId);
      // The decision behind the amendment, or the amendment's own id when no decision motivated it.
      const source =
        decision === undefined || meeting === undefined
          ? [amendment.id]
          : ctx.fill(m.amendmentDecision, { number: String(decision.ordinal), date: ctx.longDate(meeting.date) });
      return {
        cells: [
          { content: [ctx.longDate(version.date)] },
          { content: source },
          {
            content: join(
              amendment.operations.map((operation) => describeOperation(ctx, operation)),
              "; ",
            ),
          },
        ],
      };
    });
  return [
    { kind: "heading", level: 2, content: [m.historyHeading] },
    {
      kind: "table",
      id: "history",
      caption: [m.historyHeading],
      captionHidden: true,
      columns: [
        { header: [m.date], align: "start" },
        { header: [m.amendment], align: "start" },
        { header: [m.changes], align: "start" },
      ],
      rows,
      footnotes: [],
    },
  ];
}

function diff(ctx: Context, before: Mou, after: Mou, from: IsoDate, to: IsoDate): Block[] {
  const m = ctx.messages;
  const changes = diffMou(before, after);
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: ctx.fill(m.diffHeading, { from: ctx.longDate(from), to: ctx.longDate(to) }) },
  ];
  if (changes.isEmpty) return [...blocks, { kind: "paragraph", content: [m.noChanges] }];
  const group = (label: string, items: readonly (readonly Inline[])[]): void => {
    if (items.length > 0)
      blocks.push({ kind: "heading", level: 3, content: [label] }, { kind: "list", ordered: false, items });
  };
  group(
    m.addedClauses,
    changes.addedClauses.map((clause) => clauseLine(ctx, clause)),
  );
  group(
    m.changedClauses,
    changes.changedClauses.map((change) => [
      { kind: "strong", children: [`${change.number}.`] },
      ` ${m.before} `,
      { kind: "emphasis", children: [ctx.text(change.before.text)] },
      ` ${m.after} `,
      ctx.text(change.after.text),
    ]),
  );
  group(
    m.removedClauses,
    changes.removedClauses.map((clause) => clauseLine(ctx, clause)),
  );
  group(
    m.addedParties,
    changes.addedPartyIds.map((id) => [ctx.organisation(id)]),
  );
  group(
    m.withdrawnParties,
    changes.withdrawnPartyIds.map((id) => [ctx.organisation(id)]),
  );
  return blocks;
}

/**
 * Builds the consolidated text of an MoU as it stood on a day, with its parties, its amendment history and a readable diff.
 *
 * @remarks
 * Versions come from core's `mouVersions`/`mouAsOf`; the diff (core's `diffMou`) compares the
 * version in force on `diffFrom` (default: the base text) with the one on `asOf`, listing clauses
 * added, amended (old and new wording) and removed, and parties that joined or withdrew. The
 * history table has the id `"history"`. With `includeDecisionEffects`, the MoU changes that
 * meetings decided are applied as amendments (see {@link decisionAmendments}).
 *
 * @param dataset - The dataset, or its index.
 * @param mouId - The MoU's id.
 * @param options - The day, the amendments, the language.
 * @returns The document.
 * @throws NrmkitError with code `not_found` when the MoU does not exist.
 * @throws NrmkitError with code `invalid_argument` when the MoU was not yet in effect on `asOf` or `diffFrom`.
 * @throws NrmkitError with code `invalid_operation` when an amendment cannot apply.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { buildMouText, renderCsv } from "@nrmkit/report";
 *
 * const doc = buildMouText(belarusTaskForces2014, "mou-vitebsk", { asOf: "2014-06-01", includeDecisionEffects: true });
 * doc.title;
 * // => "Memorandum of understanding on cooperation in combating trafficking in human beings in Vitebsk oblast: consolidated text as at 1 June 2014"
 * renderCsv(doc, { tableId: "history" }).split("\r\n").length - 2;
 * // => 3
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function buildMouText(
  dataset: NrmDataset | DatasetIndex,
  mouId: string,
  options: MouTextOptions,
): ReportDocument {
  const ctx = createContext(dataset, options);
  const m = ctx.messages;
  const base = getById(ctx.index, "mous", mouId);
  const amendments = [
    ...(options.amendments ?? ctx.index.dataset.mouAmendments),
    ...(options.includeDecisionEffects === true ? decisionAmendments(ctx.index) : []),
  ];
  const at = (date: IsoDate, field: string): Mou => {
    const version = mouAsOf(base, amendments, date);
    if (version === undefined) {
      throw new NrmkitError(
        "invalid_argument",
        `${field}: expected a date on or after the MoU's effective date ${base.effectiveDate}, received ${date}`,
      );
    }
    return version;
  };
  const current = at(options.asOf, "asOf");
  const from = options.diffFrom ?? base.effectiveDate;
  const parties = mouPartiesOn(current, options.asOf).map((id): Inline[] => {
    const since = current.parties.find((party) => party.organizationId === id && party.withdrawnDate === undefined);
    return since === undefined
      ? [ctx.organisation(id)]
      : ctx.fill(m.partySince, { organisation: ctx.organisation(id), date: ctx.longDate(since.signedDate) });
  });
  const blocks: Block[] = [
    ...(options.note === undefined
      ? []
      : [{ kind: "note" as const, tone: "info" as const, content: [ctx.text(options.note)] }]),
    { kind: "heading", level: 2, content: [`${m.partiesHeading} (${parties.length})`] },
    { kind: "list", ordered: false, items: parties },
    { kind: "heading", level: 2, content: [m.clausesHeading] },
    ...current.clauses.map((clause): Block => ({ kind: "paragraph", content: clauseLine(ctx, clause) })),
    ...history(ctx, base, amendments, options.asOf),
    ...diff(ctx, at(from, "diffFrom"), current, from, options.asOf),
  ];
  return ctx.document(
    ctx.fill(m.mouTitle, { title: ctx.text(current.title), date: ctx.longDate(options.asOf) }),
    blocks,
  );
}
