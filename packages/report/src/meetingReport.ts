import {
  type Attendance,
  type AttendanceCapacity,
  type DatasetIndex,
  getById,
  type LocalizedText,
  type Meeting,
  meetingDecisionRecord,
  type NrmDataset,
  type Publication,
  pickText,
  pluralForm,
  type SeriesLink,
} from "@nrmkit/core";
import type { StatTable } from "@nrmkit/stats";
import type { Block, DefinitionItem, Inline, ReportDocument } from "./document.js";
import { type Context, createContext } from "./internal/context.js";
import { followUpText } from "./internal/decisionRows.js";
import { append, changeFirst, join, lowerFirst, trimEnd } from "./internal/inline.js";
import { inlineText } from "./internal/inlineText.js";
import { createMentions, type Mention } from "./internal/mentions.js";
import type { ReportOptions } from "./reportOptions.js";
import type { StatTableOptions } from "./statTableOptions.js";
import { statTableBlocks } from "./statTableReport.js";

/**
 * Options of {@link buildMeetingReport}.
 *
 * @example
 * ```ts
 * import type { MeetingReportOptions } from "@nrmkit/report";
 *
 * const options: MeetingReportOptions = { locale: "ru", statistics: [protectedTable] };
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export interface MeetingReportOptions extends ReportOptions {
  /** Protected statistics tables shared at the meeting, printed in their own section. */
  readonly statistics?: readonly StatTable[];
  /** Markers and label translations for those tables. */
  readonly statisticsOptions?: StatTableOptions;
  /**
   * The address of another meeting's document, for series links that name a meeting by id
   * (e.g. `(id) => \`${id}/report.en.html\``); a link's own `url` comes first. Return `undefined`
   * to leave a meeting unlinked.
   */
  readonly meetingUrl?: (meetingId: string) => string | undefined;
}

function opening(ctx: Context, meeting: Meeting): Inline[] {
  const m = ctx.messages;
  const locality = meeting.venue?.locality;
  const place = locality === undefined ? [] : ctx.fill(m.placeSuffix, { place: ctx.text(locality) });
  if (meeting.status === "cancelled") {
    return ctx.fill(m.meetingCancelled, { date: ctx.longDate(meeting.date), place });
  }
  const template = meeting.status === "planned" ? m.meetingPlanned : m.meetingHeld;
  const sentence = ctx.fill(template, { date: ctx.datePhrase(meeting.date), place });
  const taskForce = getById(ctx.index, "taskForces", meeting.taskForceId);
  if (taskForce.mandate.length === 0) return sentence;
  const items = taskForce.mandate.map((item) => trimEnd(changeFirst([ctx.text(item.text)], lowerFirst)));
  return [...sentence, " ", ...ctx.fill(m.mandate, { items: join(items, "; ") })];
}

function people(ctx: Context, ids: readonly string[], date: string): Inline[] {
  return ctx.list(ids.map((id) => ctx.person(getById(ctx.index, "people", id), date)));
}

/**
 * The template without its article before `{key}` when the text put there starts with the same
 * article ("the {name}" with "The Palace of Culture" would read "the The Palace of Culture").
 */
function withoutDoubleArticle(template: string, key: string, value: Inline | readonly Inline[]): string {
  const text = inlineText(Array.isArray(value) ? value : [value as Inline]);
  const article = new RegExp(`\\b(the|a|an) \\{${key}\\}`, "i").exec(template);
  if (article === null || !new RegExp(`^${article[1]}\\s`, "i").test(text)) return template;
  return template.replace(article[0], `{${key}}`);
}

/** Whether a name put at `{key}` may carry its abbreviation in parentheses: not when the template already puts some right after it. */
function definesAt(template: string, key: string): boolean {
  return !template.includes(`{${key}} (`);
}

function venueAndSupport(ctx: Context, meeting: Meeting, mention: Mention): Inline[] | undefined {
  const m = ctx.messages;
  const { venue } = meeting;
  let where: Inline[] | undefined;
  if (venue?.name !== undefined) {
    const name = ctx.text(venue.name);
    const template = venue.hostId === undefined ? m.venueNamed : m.venueNamedWithHost;
    where = ctx.fill(withoutDoubleArticle(template, "name", name), {
      name,
      ...(venue.hostId === undefined ? {} : { host: mention(venue.hostId, definesAt(template, "host")) }),
    });
  } else if (venue?.hostId !== undefined) {
    const host = mention(venue.hostId, definesAt(m.venueHostOnly, "host"));
    where = ctx.fill(withoutDoubleArticle(m.venueHostOnly, "host", host), { host });
  }
  const support = ctx.list(
    meeting.organisers.map((organiser) =>
      ctx.fill(m.supportBy, {
        kinds: join(
          organiser.support.map((kind) => [m.supportKind[kind]]),
          ", ",
          m.and,
        ),
        organisation: mention(organiser.organizationId, definesAt(m.supportBy, "organisation")),
      }),
    ),
  );
  if (meeting.organisers.length === 0) return where === undefined ? undefined : ctx.fill(m.venueOnly, { venue: where });
  return where === undefined
    ? ctx.fill(m.supportOnly, { support })
    : ctx.fill(m.venueAndSupport, { venue: where, support });
}

function ofCapacity(meeting: Meeting, capacity: AttendanceCapacity): readonly Attendance[] {
  return meeting.attendance.filter((attendance) => attendance.capacity === capacity);
}

/** An attendee named with its kind where the language has a phrase for it ("the donor …"). */
function withKind(ctx: Context, id: string, mention: Mention): Inline[] {
  const name = mention(id);
  const kind = ctx.index.organizations.get(id)?.kind;
  const template = kind === undefined ? undefined : ctx.messages.kindName[kind];
  return template === undefined ? name : ctx.fill(template, { name });
}

/**
 * The attendees of one sentence: the others in data order, then the NGOs as one group ("NGOs: …"),
 * as the news items list "… and Gomel oblast NGOs, including Red Cross and Gomel BYWCA". When every
 * attendee is an NGO, no group is needed.
 */
function attendeeNames(ctx: Context, list: readonly Attendance[], mention: Mention): Inline[] {
  const m = ctx.messages;
  const isNgo = (entry: Attendance) => ctx.index.organizations.get(entry.organizationId)?.kind === "ngo";
  const ngos = list.filter(isNgo);
  const grouped = ngos.length > 0 && ngos.length < list.length;
  const others = grouped ? list.filter((entry) => !isNgo(entry)) : list;
  const parts = others.map((entry) => withKind(ctx, entry.organizationId, mention));
  if (grouped) {
    const organisations = join(
      ngos.map((entry) => mention(entry.organizationId)),
      ", ",
      m.and,
    );
    parts.push(ctx.fillPlural(m.ngoGroup, ngos.length, { organisations }));
  }
  return join(parts, m.listSeparator);
}

function attendance(ctx: Context, meeting: Meeting, mention: Mention): Block[] {
  const m = ctx.messages;
  const sentences: Inline[] = [];
  for (const [capacity, template] of [
    ["mou_party", m.attendedParties],
    ["interested_organization", m.attendedOthers],
  ] as const) {
    const list = ofCapacity(meeting, capacity);
    if (list.length === 0) continue;
    if (sentences.length > 0) sentences.push(" ");
    sentences.push(
      ...ctx.fill(template, {
        count: ctx.count(list.length, m.organisationsCount),
        organisations: attendeeNames(ctx, list, mention),
      }),
    );
  }
  const blocks: Block[] = sentences.length === 0 ? [] : [{ kind: "paragraph", content: sentences }];
  // Guests invited for the same purpose share one sentence, as in the news items.
  const byPurpose = new Map<string, Attendance[]>();
  for (const guest of ofCapacity(meeting, "guest")) {
    const key = JSON.stringify(guest.purpose ?? null);
    byPurpose.set(key, [...(byPurpose.get(key) ?? []), guest]);
  }
  const guests: Inline[] = [];
  for (const group of byPurpose.values()) {
    const purpose = group[0]?.purpose;
    const list = ctx.list(group.map((guest) => withKind(ctx, guest.organizationId, mention)));
    const forms = purpose === undefined ? m.guests : m.guestsWithPurpose;
    // "The representatives of the {guests}" with "the donor …" drops its own article.
    const template = withoutDoubleArticle(pluralForm(group.length, forms, ctx.locale), "guests", list);
    if (guests.length > 0) guests.push(" ");
    guests.push(
      ...ctx.fill(template, {
        guests: list,
        ...(purpose === undefined ? {} : { purpose: trimEnd(changeFirst([ctx.text(purpose)], lowerFirst)) }),
      }),
    );
  }
  if (guests.length > 0) blocks.push({ kind: "paragraph", content: guests });
  return blocks;
}

function participants(ctx: Context, meeting: Meeting, mention: Mention): Block[] {
  const m = ctx.messages;
  const panel: Inline[] = [];
  if (meeting.chairIds.length > 0) {
    panel.push(
      ...ctx.fillPlural(m.chairedBy, meeting.chairIds.length, { chairs: people(ctx, meeting.chairIds, meeting.date) }),
    );
  }
  if (meeting.panelIds.length > 0) {
    if (panel.length > 0) panel.push(" ");
    panel.push(...ctx.fill(m.panel, { panel: people(ctx, meeting.panelIds, meeting.date) }));
  }
  const organised = venueAndSupport(ctx, meeting, mention);
  if (organised !== undefined) {
    if (panel.length > 0) panel.push(" ");
    panel.push(...organised);
  }
  const blocks: Block[] = panel.length === 0 ? [] : [{ kind: "paragraph", content: panel }];
  blocks.push(...attendance(ctx, meeting, mention));
  return blocks.length === 0 ? [] : [{ kind: "heading", level: 2, content: [m.participantsHeading] }, ...blocks];
}

function discussion(ctx: Context, meeting: Meeting, mention: Mention): Block[] {
  const m = ctx.messages;
  if (meeting.topics.length === 0 && !meeting.statisticsShared) return [];
  const intro: Inline[] = meeting.statisticsShared ? [m.statisticsShared] : [];
  if (meeting.topics.length > 0) intro.push(intro.length > 0 ? ` ${m.topicsIntro}` : m.topicsIntro);
  const items = meeting.topics.map((topic): Inline[] => {
    const item: Inline[] = topic.highlighted === true ? [{ kind: "strong", children: [m.specialAttention] }, " "] : [];
    const text = [ctx.text(topic.text)];
    item.push(...(topic.highlighted === true && m.lowercaseInSentence ? changeFirst(text, lowerFirst) : text));
    const presenters = topic.presenterIds ?? [];
    if (presenters.length > 0) {
      const organisations = ctx.list(presenters.map((id) => mention(id)));
      item.push(" ", ...ctx.fillPlural(m.presentedBy, presenters.length, { organisations }));
    }
    return item;
  });
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [m.discussionHeading] },
    { kind: "paragraph", content: intro },
  ];
  if (items.length > 0) blocks.push({ kind: "list", ordered: false, items });
  return blocks;
}

function decisions(ctx: Context, meeting: Meeting): Block[] {
  const m = ctx.messages;
  const list = ctx.index.decisionsByMeeting.get(meeting.id) ?? [];
  if (list.length === 0) {
    // A held meeting says whether it decided nothing or whether its decisions are simply not known.
    if (meeting.status !== "held") return [];
    const record = meetingDecisionRecord(ctx.index, meeting);
    return [
      { kind: "heading", level: 2, content: [m.decisionsHeading] },
      { kind: "paragraph", content: [record === "unknown" ? m.decisionsUnknown : m.noDecisionsTaken] },
    ];
  }
  const items = list.map((decision, index) =>
    append(trimEnd(changeFirst([ctx.text(decision.text)], lowerFirst)), index === list.length - 1 ? "." : ";"),
  );
  const blocks: Block[] = [
    { kind: "heading", level: 2, content: [m.decisionsHeading] },
    { kind: "paragraph", content: [m.decisionsIntro] },
    { kind: "list", ordered: true, items },
  ];
  // The decisions stay as worded; how they follow earlier ones (and were followed) comes after them.
  const followUps = list.flatMap((decision) => {
    const followUp = followUpText(ctx, decision);
    return followUp.length === 0 ? [] : [ctx.fill(m.followUpItem, { number: String(decision.ordinal), followUp })];
  });
  if (followUps.length > 0) {
    blocks.push({ kind: "paragraph", content: [...ctx.fill(m.followUpSentence, { items: join(followUps, "; ") })] });
  }
  return blocks;
}

/**
 * The other item of a series: its title (else the other meeting's headline, else its date) as a
 * link to its URL (else to the address `meetingUrl` gives for the meeting, else to the other
 * meeting's published URL); plain text when no address is known.
 */
function seriesLink(ctx: Context, link: SeriesLink, meetingUrl: MeetingReportOptions["meetingUrl"]): Inline[] {
  const other = link.meetingId === undefined ? undefined : ctx.index.meetings.get(link.meetingId);
  const href =
    link.url ?? (link.meetingId === undefined ? undefined : meetingUrl?.(link.meetingId)) ?? other?.publication?.url;
  const title = link.title ?? other?.publication?.title;
  let text: Inline[];
  if (title !== undefined) text = [ctx.text(title)];
  else if (other !== undefined) {
    const taskForce = getById(ctx.index, "taskForces", other.taskForceId);
    text = ctx.fill(ctx.messages.reportTitle, { taskForce: ctx.text(taskForce.name), date: ctx.longDate(other.date) });
  } else text = [href ?? link.meetingId ?? ""];
  return href === undefined ? text : [{ kind: "link", href, children: text }];
}

function publication(ctx: Context, item: Publication, meetingUrl: MeetingReportOptions["meetingUrl"]): Block[] {
  const m = ctx.messages;
  const entries: DefinitionItem[] = [];
  const add = (term: string, details: readonly Inline[]): void => {
    entries.push({ term: [term], details });
  };
  if (item.publishedDate !== undefined) add(m.published, [ctx.longDate(item.publishedDate)]);
  if (item.publisherId !== undefined) add(m.publisher, [ctx.organisation(item.publisherId)]);
  // Each category and tag in the report's language, or marked as a fallback where it has none.
  const words = (list: readonly LocalizedText[]): Inline[] =>
    list.flatMap((word, index) => (index === 0 ? [ctx.text(word)] : [", ", ctx.text(word)]));
  if (item.categories.length > 0) add(m.categories, words(item.categories));
  if (item.tags.length > 0) add(m.tags, words(item.tags));
  if (item.languages.length > 0) {
    const names = new Intl.DisplayNames([ctx.locale], { type: "language" });
    // An ill-formed tag in the data makes Intl throw: show it as written instead.
    const name = (tag: string): string => {
      try {
        return names.of(tag) ?? tag;
      } catch {
        return tag;
      }
    };
    add(m.languages, [item.languages.map(name).join(", ")]);
  }
  if (item.previous !== undefined) add(m.previousItem, seriesLink(ctx, item.previous, meetingUrl));
  if (item.next !== undefined) add(m.nextItem, seriesLink(ctx, item.next, meetingUrl));
  if (item.url !== undefined) add(m.address, [{ kind: "link", href: item.url, children: [item.url] }]);
  return entries.length === 0
    ? []
    : [
        { kind: "heading", level: 2, content: [m.publicationHeading] },
        { kind: "definitions", items: entries },
      ];
}

/**
 * Builds the report of a meeting in the style of the task forces' news items.
 *
 * @remarks
 * The report opens with the date phrase ("On the 14th of May, 2014 …" / "14 мая 2014 года …")
 * and the task force's mandate; then the chairs with every position they held that day, the
 * other panel members, the venue and its host, the organisers and their kind of support, the
 * attendees grouped as MoU parties, other interested organisations and guests (with the purpose
 * of their invitation); the topics, those given special attention marked, and whether
 * statistics were shared; the numbered decisions, each with what it repeats or continues and what
 * later repeated or continued it (or a sentence telling "no decisions were taken" from "the
 * decisions are not recorded"); optional statistics tables; the publication
 * data. Texts missing in the report language appear in another language, visibly marked.
 *
 * @param dataset - The dataset, or its index from `indexDataset` (faster for many reports).
 * @param meetingId - The meeting's id.
 * @param options - Language (or messages) and statistics to include.
 * @returns The document; serialise it with {@link renderReport}.
 * @throws NrmkitError with code `not_found` when the meeting, or an entity it refers to, is missing.
 * @throws NrmkitError with code `invalid_argument` when the locale has no catalogue.
 *
 * @example
 * ```ts
 * import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
 * import { buildMeetingReport, renderText } from "@nrmkit/report";
 *
 * const doc = buildMeetingReport(belarusTaskForces2014, "meeting-vitebsk-2014-05-14");
 * renderText(doc).split("\n")[3];
 * // => "On the 14th of May, 2014 a meeting of the multi-disciplinary task force in Vitebsk took place. The main responsibility of the task force is to identify victims of trafficking (VoTs) in Vitebsk oblast; to refer VoTs in Vitebsk oblast; to provide assistance to VoTs in Vitebsk oblast; to strengthen the National Referral Mechanism (NRM) in Vitebsk oblast; to share experience, information and latest statistics in the field of combating and prevention of trafficking in human beings."
 * buildMeetingReport(belarusTaskForces2014, "meeting-vitebsk-2014-05-14", { locale: "ru" }).title;
 * // => "Заседание межведомственной рабочей группы, Витебск"
 * ```
 *
 * @category Reports
 * @since 0.1.0
 */
export function buildMeetingReport(
  dataset: NrmDataset | DatasetIndex,
  meetingId: string,
  options: MeetingReportOptions = {},
): ReportDocument {
  const ctx = createContext(dataset, options);
  const meeting = getById(ctx.index, "meetings", meetingId);
  const taskForce = getById(ctx.index, "taskForces", meeting.taskForceId);
  // The news item's headline when it exists in the report's language; otherwise a title of the
  // report's own, naming the task force and the day, rather than a headline in another language.
  const headline = meeting.publication?.title;
  const title: Inline[] =
    headline !== undefined && !pickText(headline, [ctx.locale]).isFallback
      ? [ctx.text(headline)]
      : ctx.fill(ctx.messages.reportTitle, { taskForce: ctx.text(taskForce.name), date: ctx.longDate(meeting.date) });
  const blocks: Block[] = [{ kind: "paragraph", content: opening(ctx, meeting) }];
  if (meeting.summary !== undefined) blocks.push({ kind: "paragraph", content: [ctx.text(meeting.summary)] });
  if (meeting.status !== "cancelled") {
    // Organisations are named in full with their abbreviation first, by the abbreviation after.
    const mention = createMentions(ctx, [
      ...(meeting.venue?.hostId === undefined ? [] : [meeting.venue.hostId]),
      ...meeting.organisers.map((organiser) => organiser.organizationId),
      ...meeting.attendance.map((entry) => entry.organizationId),
      ...meeting.topics.flatMap((topic) => topic.presenterIds ?? []),
    ]);
    blocks.push(
      ...participants(ctx, meeting, mention),
      ...discussion(ctx, meeting, mention),
      ...decisions(ctx, meeting),
    );
  }
  const statistics = options.statistics ?? [];
  if (statistics.length > 0) {
    blocks.push({ kind: "heading", level: 2, content: [ctx.messages.statisticsHeading] });
    for (const [index, table] of statistics.entries()) {
      blocks.push(
        ...statTableBlocks(table, {
          ...options.statisticsOptions,
          messages: ctx.messages,
          id: `statistics-${index + 1}`,
        }),
      );
    }
  }
  if (meeting.publication !== undefined) blocks.push(...publication(ctx, meeting.publication, options.meetingUrl));
  return ctx.document(title, blocks);
}
