import type { Attendance, Meeting, Organiser, Publication, Topic, Venue } from "@nrmkit/core";
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  attendanceSchema,
  meetingSchema,
  organiserSchema,
  publicationSchema,
  topicSchema,
  venueSchema,
} from "./meetingSchema.js";

// Exact equality, readonly modifiers included: the schemas mark objects and arrays readonly (and freeze
// them), so the inferred types are the core interfaces themselves, not merely assignable to them.
describe("meetingSchema", () => {
  it("infers Meeting from meetingSchema", () => {
    expectTypeOf<z.infer<typeof meetingSchema>>().toEqualTypeOf<Meeting>();
  });

  it("infers Organiser from organiserSchema", () => {
    expectTypeOf<z.infer<typeof organiserSchema>>().toEqualTypeOf<Organiser>();
  });

  it("infers Venue from venueSchema", () => {
    expectTypeOf<z.infer<typeof venueSchema>>().toEqualTypeOf<Venue>();
  });

  it("infers Attendance from attendanceSchema", () => {
    expectTypeOf<z.infer<typeof attendanceSchema>>().toEqualTypeOf<Attendance>();
  });

  it("infers Topic from topicSchema", () => {
    expectTypeOf<z.infer<typeof topicSchema>>().toEqualTypeOf<Topic>();
  });

  it("infers Publication from publicationSchema", () => {
    expectTypeOf<z.infer<typeof publicationSchema>>().toEqualTypeOf<Publication>();
  });
});
