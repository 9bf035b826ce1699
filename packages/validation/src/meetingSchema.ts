import type { Meeting } from "@nrmkit/core";
import * as z from "zod";
import { createParsers, type ParseOptions } from "./createParsers.js";
import { idSchema } from "./idSchema.js";
import { EXPECTED_HTTP_URL } from "./internal/phrases.js";
import { entity, list } from "./internal/schemaHelpers.js";
import { isoDateSchema } from "./isoDateSchema.js";
import { languageTagSchema, localizedTextSchema } from "./localizedTextSchema.js";
import type { SafeParseResult } from "./parseResult.js";

/**
 * The schema of an {@link @nrmkit/core!Organiser | Organiser}, with the kinds of support it gave.
 *
 * @example
 * ```ts
 * organiserSchema.safeParse({ organizationId: "org-by-ho-red-cross", support: ["technical"] }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const organiserSchema = entity({
  organizationId: idSchema,
  support: list(z.enum(["technical", "organisational", "financial", "venue"])),
});

/**
 * The schema of a {@link @nrmkit/core!Venue | Venue}.
 *
 * @example
 * ```ts
 * venueSchema.safeParse({ hostId: "org-by-ho-executive-committee", locality: { en: "Gomel" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const venueSchema = entity({
  hostId: idSchema.exactOptional(),
  name: localizedTextSchema.exactOptional(),
  locality: localizedTextSchema.exactOptional(),
});

/**
 * The schema of an {@link @nrmkit/core!Attendance | Attendance}: an organisation present and in what capacity.
 *
 * @example
 * ```ts
 * attendanceSchema.safeParse({ organizationId: "org-by-ho-bar", capacity: "mou_party" }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const attendanceSchema = entity({
  organizationId: idSchema,
  capacity: z.enum(["mou_party", "interested_organization", "guest"]),
  personIds: list(idSchema).exactOptional(),
  purpose: localizedTextSchema.exactOptional(),
});

/**
 * The schema of a meeting {@link @nrmkit/core!Topic | Topic}.
 *
 * @example
 * ```ts
 * topicSchema.safeParse({ kind: "labour_exploitation", text: { en: "labour exploitation in Russia" } }).success;
 * // => true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const topicSchema = entity({
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
  text: localizedTextSchema,
  highlighted: z.boolean().exactOptional(),
  presenterIds: list(idSchema).exactOptional(),
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
 * publicationSchema.safeParse({ title: {}, url: "javascript:alert(1)", categories: [], tags: [], languages: [] }).success;
 * // => false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const publicationSchema = entity({
  title: localizedTextSchema,
  publisherId: idSchema.exactOptional(),
  publishedDate: isoDateSchema.exactOptional(),
  url: z
    .string()
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: EXPECTED_HTTP_URL,
      params: { code: "invalid_url", expected: EXPECTED_HTTP_URL },
    })
    .exactOptional(),
  categories: list(z.string()),
  tags: list(z.string()),
  languages: list(languageTagSchema),
  previousTitle: localizedTextSchema.exactOptional(),
  nextTitle: localizedTextSchema.exactOptional(),
});

/**
 * The schema of a {@link @nrmkit/core!Meeting | Meeting}.
 *
 * @example
 * ```ts
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
  id: idSchema,
  taskForceId: idSchema,
  date: isoDateSchema,
  status: z.enum(["planned", "held", "cancelled"]),
  venue: venueSchema.exactOptional(),
  organisers: list(organiserSchema),
  chairIds: list(idSchema),
  panelIds: list(idSchema),
  attendance: list(attendanceSchema),
  topics: list(topicSchema),
  statisticsShared: z.boolean(),
  summary: localizedTextSchema.exactOptional(),
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
