import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { meetingArb } from "../test/arbitraries.js";
import { changed, describeParsers, withProtoKey } from "../test/describeParsers.js";
import { parseMeeting, safeParseMeeting } from "./meetingSchema.js";

const base = {
  id: "meeting-1",
  taskForceId: "task-force-gomel",
  date: "2014-04-16",
  status: "held",
  venue: { hostId: "org-by-ho-executive-committee", locality: { en: "Gomel" } },
  organisers: [{ organizationId: "org-by-ho-red-cross", support: ["technical", "organisational"] }],
  chairIds: ["person-1"],
  panelIds: [],
  attendance: [
    { organizationId: "org-by-ho-interior", capacity: "mou_party", personIds: ["person-1"] },
    { organizationId: "org-youth-palace", capacity: "guest", purpose: { en: "sharing their experience" } },
  ],
  topics: [{ kind: "statistics", text: { en: "Statistics" }, highlighted: true, presenterIds: ["org-by-ho-interior"] }],
  statisticsShared: true,
  summary: { en: "The task force met." },
  publication: {
    title: { en: "Meeting of the task force" },
    publisherId: "org-iom-belarus",
    publishedDate: "2014-04-18",
    url: "https://belarus.iom.int/news/meeting",
    categories: [{ en: "News", ro: "Știri" }],
    tags: [{ en: "THB" }],
    languages: ["en", "ru"],
  },
};

describeParsers({
  parseName: "parseMeeting",
  safeParseName: "safeParseMeeting",
  parse: parseMeeting,
  safeParse: safeParseMeeting,
  valid: [
    ["a meeting with every field", base],
    ...belarusTaskForces2014.meetings.map((meeting) => [`bundled ${meeting.id}`, meeting] as const),
  ],
  invalid: [
    ["the status is unknown", changed(base, ["status"], "postponed"), "invalid_value", ["status"]],
    ["the date is written the Russian way", changed(base, ["date"], "16.04.2014"), "invalid_date", ["date"]],
    ["statisticsShared is a string", changed(base, ["statisticsShared"], "yes"), "invalid_type", ["statisticsShared"]],
    [
      "an attendance capacity is unknown",
      changed(base, ["attendance", 1, "capacity"], "observer"),
      "invalid_value",
      ["attendance", 1, "capacity"],
    ],
    [
      "a support kind is unknown",
      changed(base, ["organisers", 0, "support", 1], "moral"),
      "invalid_value",
      ["organisers", 0, "support", 1],
    ],
    [
      "a topic is highlighted with a string",
      changed(base, ["topics", 0, "highlighted"], "true"),
      "invalid_type",
      ["topics", 0, "highlighted"],
    ],
    [
      "the URL runs script",
      changed(base, ["publication", "url"], "javascript:alert(1)"),
      "invalid_url",
      ["publication", "url"],
    ],
    [
      "the URL is not a URL",
      changed(base, ["publication", "url"], "belarus.iom.int"),
      "invalid_url",
      ["publication", "url"],
    ],
    [
      "a publication language is not a tag",
      changed(base, ["publication", "languages", 0], "English"),
      "invalid_language_tag",
      ["publication", "languages", 0],
    ],
    ["the venue has __proto__", withProtoKey(base, ["venue"]), "forbidden_key", ["venue", "__proto__"]],
    [
      "an attendance has __proto__",
      withProtoKey(base, ["attendance", 1]),
      "forbidden_key",
      ["attendance", 1, "__proto__"],
    ],
    [
      "the summary has a constructor key",
      changed(base, ["summary", "constructor"], "x"),
      "forbidden_key",
      ["summary", "constructor"],
    ],
  ],
  arbitrary: meetingArb,
});
