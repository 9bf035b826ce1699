import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { taskForceArb } from "../test/arbitraries.js";
import { changed, describeParsers } from "../test/describeParsers.js";
import { parseTaskForce, safeParseTaskForce } from "./taskForceSchema.js";

const base = {
  id: "task-force-gomel",
  name: { en: "Gomel task force" },
  regionId: "BY-HO",
  mandate: [{ kind: "identify", text: { en: "To identify victims" } }],
  establishedDate: "2012-01-01",
  coordinatorIds: ["org-iom-belarus"],
  secretariatIds: ["org-by-ho-red-cross"],
  mouId: "mou-gomel",
};

describeParsers({
  parseName: "parseTaskForce",
  safeParseName: "safeParseTaskForce",
  parse: parseTaskForce,
  safeParse: safeParseTaskForce,
  valid: [
    ["a task force", base],
    ...belarusTaskForces2014.taskForces.map((taskForce) => [`bundled ${taskForce.id}`, taskForce] as const),
  ],
  invalid: [
    [
      "a mandate kind is unknown",
      changed(base, ["mandate", 0, "kind"], "rescue"),
      "invalid_value",
      ["mandate", 0, "kind"],
    ],
    ["a coordinator id is empty", changed(base, ["coordinatorIds", 0], ""), "invalid_id", ["coordinatorIds", 0]],
    [
      "secretariat ids are a string",
      changed(base, ["secretariatIds"], "org-by-ho-red-cross"),
      "invalid_type",
      ["secretariatIds"],
    ],
    ["the dissolution date is malformed", changed(base, ["dissolvedDate"], "2015"), "invalid_date", ["dissolvedDate"]],
  ],
  arbitrary: taskForceArb,
});
