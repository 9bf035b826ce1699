// Publication remembers what it published per set of records (see forgetPublishedTables): each
// test starts with nothing published, so tests stay independent of their order.
import { afterEach } from "vitest";
import { forgetPublishedTables } from "../src/publicationHistory.js";

afterEach(() => {
  forgetPublishedTables();
});
