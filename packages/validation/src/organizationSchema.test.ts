import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { organizationArb } from "../test/arbitraries.js";
import { changed, describeParsers, withProtoKey } from "../test/describeParsers.js";
import { parseOrganization, safeParseOrganization } from "./organizationSchema.js";

const base = {
  id: "org-by-ho-red-cross",
  kind: "ngo",
  name: { en: "Gomel regional branch of the Belarus Red Cross" },
  abbreviation: { en: "BRC" },
  parentId: "org-brc",
  regionId: "BY-HO",
  country: "BY",
};

describeParsers({
  parseName: "parseOrganization",
  safeParseName: "safeParseOrganization",
  parse: parseOrganization,
  safeParse: safeParseOrganization,
  valid: [
    ["an organisation with every field", base],
    ["an organisation with only required fields", { id: "org-iom", kind: "international_organization", name: {} }],
    ...belarusTaskForces2014.organizations
      .slice(0, 5)
      .map((organization) => [`bundled ${organization.id}`, organization] as const),
  ],
  invalid: [
    ["the kind is unknown", changed(base, ["kind"], "agency"), "invalid_value", ["kind"]],
    ["the id has a space", changed(base, ["id"], "red cross"), "invalid_id", ["id"]],
    ["the parent id is a number", changed(base, ["parentId"], 7), "invalid_type", ["parentId"]],
    ["an optional field is null", changed(base, ["country"], null), "invalid_type", ["country"]],
    ["the region id is malformed", changed(base, ["regionId"], "Gomel"), "invalid_region_code", ["regionId"]],
    ["a key is misspelt", changed(base, ["organisationKind"], "ngo"), "unrecognized_keys", ["organisationKind"]],
    [
      "the abbreviation has __proto__",
      withProtoKey(base, ["abbreviation"]),
      "forbidden_key",
      ["abbreviation", "__proto__"],
    ],
  ],
  arbitrary: organizationArb,
});
