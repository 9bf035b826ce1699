import type { Meeting } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { EXPECTED_HTTP_URL, oneOf } from "./internal/phrases.js";
import { entity, list, refinedString } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { languageTagSchema, localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";

/**
 * The schema of an {@link @nrmkit/core!Organiser | Organiser}, with the kinds of support it gave.
 *
 * @example
 * ```ts
 * import { organiserSchema } from "@nrmkit/validation";
 *
 * organiserSchema.safeParse({ organizationId: "org-by-ho-red-cross", support: ["technical"] }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const organiserSchema = entity({
  /** The organising organisation. */
  organizationId: idSchema,
  /** What it provided. */
  support: list(z.enum(["technical", "organisational", "financial", "venue"])),
});

/**
 * The schema of a {@link @nrmkit/core!Venue | Venue}.
 *
 * @example
 * ```ts
 * import { venueSchema } from "@nrmkit/validation";
 *
 * venueSchema.safeParse({ hostId: "org-by-ho-executive-committee", locality: { en: "Gomel" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const venueSchema = entity({
  /** The organisation whose premises hosted the meeting. */
  hostId: idSchema.exactOptional(),
  /** The place's name, when it is not simply the host's premises. */
  name: localizedTextSchema.exactOptional(),
  /** The city or town. */
  locality: localizedTextSchema.exactOptional(),
});

/**
 * The schema of an {@link @nrmkit/core!Attendance | Attendance}: an organisation present and in what capacity.
 *
 * @example
 * ```ts
 * import { attendanceSchema } from "@nrmkit/validation";
 *
 * attendanceSchema.safeParse({ organizationId: "org-by-ho-bar", capacity: "mou_party" }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const attendanceSchema = entity({
  /** The attending organisation. */
  organizationId: idSchema,
  /** Whether it came as an MoU party, another interested organisation or an invited guest. */
  capacity: z.enum(["mou_party", "interested_organization", "guest"]),
  /** The people who represented it, when the source names them. */
  personIds: list(idSchema).exactOptional(),
  /** Why it was invited, for guests: "sharing their experience in prevention of THB". */
  purpose: localizedTextSchema.exactOptional(),
});

/**
 * The schema of a meeting {@link @nrmkit/core!Topic | Topic}.
 *
 * @example
 * ```ts
 * import { topicSchema } from "@nrmkit/validation";
 *
 * topicSchema.safeParse({ kind: "labour_exploitation", text: { en: "labour exploitation in Russia" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const topicSchema = entity({
  /** What the topic is about. */
  kind: z.enum([
    "latest_trends",
    "statistics",
    "victim_assistance",
    "labour_exploitation",
    "sexual_exploitation",
    "child_sexual_abuse",
    "social_contracting",
    "prevention",
    "identification",
    "other",
  ]),
  /** The topic as the source words it. */
  text: localizedTextSchema,
  /** `true` when the source says special attention was given to it. */
  highlighted: z.boolean().exactOptional(),
  /** Organisations whose experience was presented under this topic. */
  presenterIds: list(idSchema).exactOptional(),
});

/** A web address that reports may turn into a link: `http:` or `https:` only. */
const httpUrlSchema = refinedString((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
  code: "invalid_url",
  expected: EXPECTED_HTTP_URL,
});

const SERIES_LINK_FIELDS = ["title", "meetingId", "url"] as const;

/**
 * The schema of a {@link @nrmkit/core!SeriesLink | SeriesLink}: at least one of `title`,
 * `meetingId` and `url`, the URL `http:` or `https:`.
 *
 * @remarks
 * A link with none of them is refused with the issue code `empty_link`. Whether `meetingId` names
 * a meeting of the dataset is an integrity rule (`unknown_reference`).
 *
 * @example
 * ```ts
 * import { fromZodIssues, seriesLinkSchema } from "@nrmkit/validation";
 *
 * seriesLinkSchema.safeParse({ meetingId: "meeting-brest-2014-05-21" }).success;
 * // => true
 * fromZodIssues(seriesLinkSchema.safeParse({}).error?.issues ?? [])[0]?.code;
 * // => "empty_link"
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const seriesLinkSchema = entity({
  /** The other item's headline. */
  title: localizedTextSchema.exactOptional(),
  /** The id of the other meeting. */
  meetingId: idSchema.exactOptional(),
  /** Where the other item is published. */
  url: httpUrlSchema.exactOptional(),
}).refine((link) => SERIES_LINK_FIELDS.some((field) => link[field] !== undefined), {
  message: oneOf(SERIES_LINK_FIELDS),
  params: { code: "empty_link", expected: oneOf(SERIES_LINK_FIELDS) },
});

/**
 * The schema of a {@link @nrmkit/core!Publication | Publication}; its `url` must be `http:` or `https:`.
 *
 * @remarks
 * Other schemes (`javascript:`, `data:`, `file:`) are refused with the issue code `invalid_url`,
 * because reports turn the URL into a link.
 *
 * @example
 * ```ts
 * import { publicationSchema } from "@nrmkit/validation";
 *
 * publicationSchema.safeParse({ title: {}, url: "javascript:alert(1)", categories: [], tags: [], languages: [] }).success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const publicationSchema = entity({
  /** The headline in several languages. */
  title: localizedTextSchema,
  /** The publisher. */
  publisherId: idSchema.exactOptional(),
  /** The day it was published. */
  publishedDate: isoDateSchema.exactOptional(),
  /** Where it was published, when public. */
  url: httpUrlSchema.exactOptional(),
  /** Categories it was filed under, each in the languages it is known in. */
  categories: list(localizedTextSchema),
  /** Tags it carries, each in the languages it is known in. */
  tags: list(localizedTextSchema),
  /** Language tags the item was published in. */
  languages: list(languageTagSchema),
  /** The previous item in its series. */
  previous: seriesLinkSchema.exactOptional(),
  /** The next item in its series. */
  next: seriesLinkSchema.exactOptional(),
});

/**
 * The schema of a {@link @nrmkit/core!Meeting | Meeting}.
 *
 * @example
 * ```ts
 * import { meetingSchema } from "@nrmkit/validation";
 *
 * meetingSchema.safeParse({
 *   id: "meeting-1", taskForceId: "task-force-gomel", date: "2014-04-16", status: "held",
 *   organisers: [], chairIds: [], panelIds: [], attendance: [], topics: [], statisticsShared: true,
 * }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const meetingSchema = entity({
  /** Stable id, unique in its dataset. */
  id: idSchema,
  /** The task force that met. */
  taskForceId: idSchema,
  /** The day of the meeting. */
  date: isoDateSchema,
  /** Whether it is planned, was held or was cancelled. */
  status: z.enum(["planned", "held", "cancelled"]),
  /** Where it took place. */
  venue: venueSchema.exactOptional(),
  /** Organisations that organised or supported it. */
  organisers: list(organiserSchema),
  /** People who chaired it, in the source's order. */
  chairIds: list(idSchema),
  /** Other members of the meeting panel (people), in the source's order. */
  panelIds: list(idSchema),
  /** Organisations present, with their capacity. */
  attendance: list(attendanceSchema),
  /** Topics discussed, in order. */
  topics: list(topicSchema),
  /** Whether members shared the latest statistics. */
  statisticsShared: z.boolean(),
  /** Whether the dataset's decisions of this meeting are its complete record (see core's `meetingDecisionRecord`). */
  decisionsRecorded: z.boolean().exactOptional(),
  /** A free-text summary meant for publication; checked for personal data before it leaves. */
  summary: localizedTextSchema.exactOptional(),
  /** The news item or report about the meeting. */
  publication: publicationSchema.exactOptional(),
});

const meetingParsers = createParsers(meetingSchema);

/**
 * Parses untrusted input as a {@link @nrmkit/core!Meeting | Meeting} or throws with every issue found.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The meeting, frozen.
 * @throws ValidationError with code `validation_failed` and every issue found.
 *
 * @example
 * ```ts
 * import { parseMeeting } from "@nrmkit/validation";
 *
 * parseMeeting({
 *   id: "meeting-1", taskForceId: "task-force-gomel", date: "2014-04-16", status: "held",
 *   organisers: [], chairIds: [], panelIds: [], attendance: [], topics: [], statisticsShared: true,
 * }).date;
 * // => "2014-04-16"
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function parseMeeting(input: unknown, options?: ParseOptions): Meeting {
  return meetingParsers.parse(input, options);
}

/**
 * Parses untrusted input as a {@link @nrmkit/core!Meeting | Meeting} without throwing.
 *
 * @param input - Anything, typically from `JSON.parse`.
 * @param options - Message language and path prefix.
 * @returns The meeting, or every issue found.
 *
 * @example
 * ```ts
 * import { safeParseMeeting } from "@nrmkit/validation";
 *
 * safeParseMeeting({ id: "meeting-1", date: "16.04.2014" }).success;
 * // => false
 * ```
 *
 * @category Parsing
 * @since 0.1.0
 */
export function safeParseMeeting(input: unknown, options?: ParseOptions): SafeParseResult<Meeting> {
  return meetingParsers.safeParse(input, options);
}
