/**
 * Popolo JSON export of a dataset: areas, organizations, persons, posts, memberships, events and
 * motions, with an `nrmkit` extension for what Popolo cannot hold.
 *
 * @remarks
 * A subpath of its own (`@nrmkit/core/popolo`) so that code importing only the model from
 * `@nrmkit/core` never pays for it. `importPopolo` in `@nrmkit/validation/popolo` reads it back.
 *
 * @module @nrmkit/core/popolo
 */
export type {
  PopoloArea,
  PopoloAttendee,
  PopoloDocument,
  PopoloEvent,
  PopoloMember,
  PopoloMembership,
  PopoloMotion,
  PopoloOrganization,
  PopoloOtherName,
  PopoloPerson,
  PopoloPost,
} from "./popoloDocument.js";
export { POPOLO_VOCABULARY } from "./popoloVocabulary.js";
export type { ToPopoloOptions } from "./toPopolo.js";
export { toPopolo } from "./toPopolo.js";
