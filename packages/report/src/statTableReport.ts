import type { Dimension, StatCell, StatTable } from "@nrmkit/stats";
import type { Block, Inline, TableCell, TableRow } from "./document.js";
import { slug } from "./internal/chartLayout.js";
import { inlineText } from "./internal/inlineText.js";
import {
  caption,
  categoryLabel,
  flagOf,
  gridOf,
  guard,
  type StatContext,
  statContext,
} from "./internal/statContext.js";
import type { StatTableOptions } from "./statTableOptions.js";

function cellOf(sc: StatContext, cell: StatCell | undefined): TableCell {
  const flag = flagOf(cell);
  if (flag !== undefined || cell?.value === null || cell === undefined) {
    const shown = flag ?? "suppressed";
    return { content: [sc.markers[shown]], flag: shown };
  }
  return { content: [sc.number.format(cell.value)], value: cell.value };
}

function footnotes(sc: StatContext, table: StatTable, rows: readonly TableRow[]): Inline[][] {
  const { ctx } = sc;
  const m = ctx.messages;
  const { disclosure } = table;
  const used = new Set(rows.flatMap((row) => row.cells.map((cell) => cell.flag)));
  const notes: Inline[][] = [ctx.fill(m.methodNote, { method: m.disclosureMethod[disclosure.method] })];
  if (used.has("suppressed")) {
    const marker = sc.markers.suppressed;
    const hidden =
      disclosure.threshold !== null && disclosure.threshold > 1
        ? ctx.fill(m.primaryNote, { marker, max: sc.number.format(disclosure.threshold - 1) })
        : ctx.fill(m.hiddenNote, { marker });
    if (disclosure.zerosSensitive) hidden.push(" ", m.zerosNote);
    // Under uniform markers even "no secondary suppression" would tell readers every hidden cell is
    // below the threshold; without the split (as uniform markers publish) assume it was used.
    const secondaryUsed = disclosure.markers === "uniform" || (disclosure.suppressedSecondary ?? 1) > 0;
    if (disclosure.secondary !== "none" && secondaryUsed) hidden.push(" ", m.secondaryNote);
    const count = disclosure.suppressedCells;
    if (count > 0) hidden.push(" ", ...ctx.fill(m.hiddenCountNote, { count: ctx.count(count, m.cellsCount) }));
    notes.push(hidden);
  }
  if (disclosure.privacy !== undefined) {
    const { privacy } = disclosure;
    const scale = sc.number.format(Number(privacy.noiseScale.toPrecision(3)));
    notes.push(
      privacy.definition === "pure"
        ? ctx.fill(m.privacyPureNote, { epsilon: sc.number.format(privacy.epsilon ?? 0), scale })
        : ctx.fill(m.privacyZcdpNote, { rho: sc.number.format(privacy.rho), sigma: scale }),
    );
    const level = new Intl.NumberFormat(ctx.locale, { style: "percent", maximumFractionDigits: 2 });
    notes.push(
      ctx.fill(m.privacyAccuracyNote, {
        margin: sc.number.format(privacy.margin),
        level: level.format(privacy.confidenceLevel),
      }),
    );
  }
  if (disclosure.rounding !== null) {
    const template = disclosure.rounding.kind === "down" ? m.roundingDownNote : m.roundingNearestNote;
    notes.push(ctx.fill(template, { base: sc.number.format(disclosure.rounding.base) }));
  }
  if (used.has("unknown")) notes.push(ctx.fill(m.unknownNote, { marker: sc.markers.unknown }));
  if (used.has("not_applicable")) notes.push(ctx.fill(m.notApplicableNote, { marker: sc.markers.not_applicable }));
  if (table.dimensions.some((dimension) => dimension.categories.some((category) => category.unknown))) {
    notes.push([m.notRecordedNote]);
  }
  if (disclosure.audit !== null) {
    const { audit } = disclosure;
    const values = {
      level: sc.number.format(audit.protectionLevel),
      width: audit.minWidth === null ? "–" : sc.number.format(audit.minWidth),
    };
    notes.push(ctx.fill(audit.passed ? m.auditPassed : m.auditFailed, values));
  }
  for (const note of table.notes) notes.push([sc.label(note)]);
  return notes;
}

function header(sc: StatContext, dimension: Dimension): Inline[] {
  return [sc.label(dimension.label)];
}

/**
 * Turns a protected 1-D or 2-D stats table into report blocks: the table with totals, hidden cells marked, and footnotes that state the disclosure-control method.
 *
 * @remarks
 * Suppressed cells show `suppressedMarker` (never a number), cells the table lacks show
 * `unknownMarker`, so neither reads as zero; "not recorded" categories are in italics. The
 * footnotes, written in the report language from the table's {@link @nrmkit/stats!DisclosureMetadata | DisclosureMetadata},
 * name the method, the threshold, secondary suppression, rounding and the audit result.
 *
 * @param table - A table from `@nrmkit/stats`, with one or two dimensions.
 * @param options - Language, markers, label translations.
 * @returns The blocks: a warning note for unprotected tables (when allowed), then the table.
 * @throws NrmkitError with code `disclosure_risk` when the table is unprotected or failed its audit and `allowUnprotected` is not set.
 * @throws NrmkitError with code `invalid_argument` when the table has more than two dimensions.
 *
 * @example
 * ```ts
 * import { statTableBlocks } from "@nrmkit/report";
 *
 * const [block] = statTableBlocks(protectedTable, { locale: "en" });
 * block?.kind;
 * // => "table"
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export function statTableBlocks(table: StatTable, options: StatTableOptions = {}): Block[] {
  const sc = statContext(options, [table]);
  const warning = guard(sc, table);
  const grid = gridOf(table);
  const total = [sc.ctx.messages.total];
  const rows: TableRow[] = grid.rows.map((row) => ({
    cells: [
      { content: categoryLabel(sc, row.category) },
      ...row.cells.map((cell) => cellOf(sc, cell)),
      ...(grid.columns === null ? [] : [cellOf(sc, row.total)]),
    ],
  }));
  rows.push({
    total: true,
    cells: [
      { content: total },
      ...grid.columnTotals.map((cell) => cellOf(sc, cell)),
      ...(grid.columns === null ? [] : [cellOf(sc, grid.grandTotal)]),
    ],
  });
  const columns =
    grid.columns === null
      ? [
          { header: header(sc, grid.rowDimension), align: "start" as const },
          { header: [sc.ctx.messages.persons], align: "end" as const },
        ]
      : [
          { header: header(sc, grid.rowDimension), align: "start" as const },
          ...grid.columns.categories.map((category) => ({
            header: categoryLabel(sc, category),
            align: "end" as const,
          })),
          { header: total, align: "end" as const },
        ];
  const tableCaption = caption(sc, table);
  return [
    ...warning,
    {
      kind: "table",
      id: options.id ?? slug(inlineText(tableCaption)),
      caption: tableCaption,
      columns,
      rows,
      footnotes: footnotes(sc, table, rows),
    },
  ];
}
