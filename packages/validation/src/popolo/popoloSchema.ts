// The shape of a Popolo JSON document, as far as the import reads it. Popolo's own JSON Schemas
// allow null for every property and any extra property, so records are loose objects whose known
// properties are checked; only the `nrmkit` extension objects are strict, as the model's entities are.
import * as z from "zod";

const text = z.string().nullish();
const list = <Item extends z.core.SomeType>(item: Item) => z.array(item).nullish();
/** An extension object with these keys; their values are checked later by the model's schemas. */
const extension = (...keys: readonly string[]) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, z.unknown().optional()]))).optional();

const otherName = z.looseObject({ name: z.string(), lang: text, note: text });
const named = { name: text, other_names: list(otherName) };

export const popoloAreaSchema = z.looseObject({
  id: z.string(),
  identifier: text,
  classification: text,
  ...named,
  nrmkit: extension("country"),
});

export const popoloOrganizationSchema = z.looseObject({
  id: z.string(),
  classification: text,
  ...named,
  parent_id: text,
  area_id: text,
  founding_date: text,
  dissolution_date: text,
  nrmkit: extension("country", "abbreviation", "mandate", "mouId"),
});

export const popoloPersonSchema = z.looseObject({ id: z.string(), ...named, nrmkit: extension("name") });

export const popoloPostSchema = z.looseObject({
  id: text,
  label: text,
  other_names: list(otherName),
  organization_id: text,
});

export const popoloMembershipSchema = z.looseObject({
  id: text,
  role: text,
  label: text,
  person_id: text,
  member: z.looseObject({ "@type": text, id: z.string() }).nullish(),
  organization_id: text,
  post_id: text,
  start_date: text,
  end_date: text,
});

export const popoloEventSchema = z.looseObject({
  id: z.string(),
  classification: text,
  organization_id: text,
  start_date: text,
  status: text,
  location: text,
  description: text,
  nrmkit: extension(
    "chairIds",
    "panelIds",
    "organisers",
    "attendance",
    "topics",
    "statisticsShared",
    "decisionsRecorded",
    "summary",
    "venue",
    "publication",
  ),
});

export const popoloMotionSchema = z.looseObject({
  id: z.string(),
  organization_id: text,
  legislative_session_id: text,
  identifier: text,
  classification: text,
  text,
  nrmkit: extension("text", "responsibleIds", "dueDate", "statusHistory", "links", "effects"),
});

export const popoloDocumentSchema = z.looseObject({
  areas: list(popoloAreaSchema),
  organizations: list(popoloOrganizationSchema),
  persons: list(popoloPersonSchema),
  posts: list(popoloPostSchema),
  memberships: list(popoloMembershipSchema),
  events: list(popoloEventSchema),
  motions: list(popoloMotionSchema),
  nrmkit: z
    .strictObject({ version: z.literal(1), mous: z.array(z.unknown()), mouAmendments: z.array(z.unknown()) })
    .optional(),
});

/** A Popolo document whose shape passed {@link popoloDocumentSchema}. */
export type ParsedPopolo = z.output<typeof popoloDocumentSchema>;
