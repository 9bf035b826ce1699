import { addDays } from "date-fns";
import fc from "fast-check";
import { applyPatches, type Patch } from "immer";
import { describe, expect, it } from "vitest";
import { belarusTaskForces2014 } from "./belarus2014/index.js";
import { isNrmkitError } from "./error.js";
import { deepFreeze } from "./internal/deepFreeze.js";
import { toDate, toIsoDate } from "./isoDate.js";
import type { ClauseTopic, Mou, MouClause } from "./mou.js";
import type { MouAmendment, MouOperation } from "./mouAmendment.js";
import { diffMou } from "./mouDiff.js";
import { applyMouAmendment, mouAsOf, mouVersions } from "./mouHistory.js";

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const base: Mou = {
  id: "mou-x",
  title: { en: "MoU" },
  effectiveDate: "2020-01-01",
  parties: [
    { organizationId: "org-a", signedDate: "2020-01-01" },
    { organizationId: "org-b", signedDate: "2020-01-01" },
  ],
  clauses: [
    { number: "1", topic: "purpose", text: { en: "Purpose", ru: "Цель" } },
    { number: "2", topic: "information_exchange", text: { en: "Exchange" } },
  ],
};

const amendment = (operations: readonly MouOperation[], date = "2021-01-01", id = "am-1"): MouAmendment => ({
  id,
  mouId: "mou-x",
  date,
  operations,
});

describe("applyMouAmendment", () => {
  it.each<[string, MouOperation, (mou: Mou) => unknown, unknown]>([
    [
      "appends a clause",
      { op: "add_clause", clause: { number: "3", topic: "confidentiality", text: { en: "C" } } },
      (mou) => mou.clauses.map((c) => c.number),
      ["1", "2", "3"],
    ],
    [
      "inserts a clause after another",
      { op: "add_clause", clause: { number: "1a", topic: "other", text: { en: "X" } }, after: "1" },
      (mou) => mou.clauses.map((c) => c.number),
      ["1", "1a", "2"],
    ],
    [
      "merges amended text language by language",
      { op: "amend_clause", number: "1", changes: { text: { en: "New purpose" } } },
      (mou) => mou.clauses[0]?.text,
      { en: "New purpose", ru: "Цель" },
    ],
    [
      "changes a clause topic",
      { op: "amend_clause", number: "2", changes: { topic: "confidentiality" } },
      (mou) => mou.clauses[1]?.topic,
      "confidentiality",
    ],
    ["removes a clause", { op: "remove_clause", number: "1" }, (mou) => mou.clauses.map((c) => c.number), ["2"]],
    [
      "adds a party signed on the amendment date",
      { op: "add_party", organizationId: "org-c" },
      (mou) => mou.parties.at(-1),
      { organizationId: "org-c", signedDate: "2021-01-01" },
    ],
    [
      "records a withdrawal on the amendment date",
      { op: "withdraw_party", organizationId: "org-a" },
      (mou) => mou.parties[0],
      { organizationId: "org-a", signedDate: "2020-01-01", withdrawnDate: "2021-01-01" },
    ],
  ])("%s when asked", (_name, operation, read, expected) => {
    const result = applyMouAmendment(base, amendment([operation]));
    expect(read(result.mou)).toEqual(expected);
    expect(result.patches.length).toBeGreaterThan(0);
  });

  it("lets a withdrawn organisation join again with a new party entry", () => {
    const withdrawn = applyMouAmendment(base, amendment([{ op: "withdraw_party", organizationId: "org-a" }])).mou;
    const rejoined = applyMouAmendment(
      withdrawn,
      amendment([{ op: "add_party", organizationId: "org-a" }], "2022-01-01"),
    ).mou;
    expect(rejoined.parties.filter((party) => party.organizationId === "org-a")).toHaveLength(2);
  });

  it.each<[string, MouOperation]>([
    ["amending an unknown clause", { op: "amend_clause", number: "9", changes: { topic: "other" } }],
    ["removing an unknown clause", { op: "remove_clause", number: "9" }],
    ["reusing a clause number", { op: "add_clause", clause: { number: "2", topic: "other", text: {} } }],
    [
      "adding after an unknown clause",
      { op: "add_clause", clause: { number: "3", topic: "other", text: {} }, after: "9" },
    ],
    ["adding a current party", { op: "add_party", organizationId: "org-a" }],
    ["withdrawing a non-party", { op: "withdraw_party", organizationId: "org-z" }],
  ])("throws invalid_operation when %s", (_name, operation) => {
    expect(
      isNrmkitError(
        catchError(() => applyMouAmendment(base, amendment([operation]))),
        "invalid_operation",
      ),
    ).toBe(true);
  });

  it("throws invalid_operation when withdrawing before the party signed", () => {
    const error = catchError(() =>
      applyMouAmendment(base, amendment([{ op: "withdraw_party", organizationId: "org-a" }], "2019-06-01")),
    );
    expect(isNrmkitError(error, "invalid_operation")).toBe(true);
  });

  it("throws invalid_argument when the amendment is for another MoU", () => {
    const error = catchError(() => applyMouAmendment(base, { ...amendment([]), mouId: "mou-y" }));
    expect(isNrmkitError(error, "invalid_argument")).toBe(true);
  });

  it("throws invalid_date when the amendment date is not YYYY-MM-DD", () => {
    expect(
      isNrmkitError(
        catchError(() => applyMouAmendment(base, amendment([], "1.1.2021"))),
        "invalid_date",
      ),
    ).toBe(true);
  });

  it("amends the frozen bundled MoU without touching it", () => {
    const [gomel] = belarusTaskForces2014.mous;
    if (gomel === undefined) throw new Error("no MoU");
    const result = applyMouAmendment(gomel, {
      id: "a",
      mouId: "mou-gomel",
      date: "2014-04-16",
      operations: [{ op: "add_party", organizationId: "org-by-ho-court" }],
    });
    expect(result.patches[0]?.path).toEqual(["parties", 5]);
    expect(gomel.parties).toHaveLength(5);
  });
});

describe("mouVersions", () => {
  it("starts with the base text and orders amendments by date, ignoring other MoUs", () => {
    const versions = mouVersions(base, [
      amendment([{ op: "remove_clause", number: "2" }], "2022-01-01", "late"),
      { ...amendment([{ op: "remove_clause", number: "1" }], "2021-01-01", "other"), mouId: "mou-y" },
      amendment([{ op: "add_party", organizationId: "org-c" }], "2021-01-01", "early"),
    ]);
    expect(versions.map((version) => [version.date, version.amendmentId])).toEqual([
      ["2020-01-01", undefined],
      ["2021-01-01", "early"],
      ["2022-01-01", "late"],
    ]);
    expect(versions[0]?.mou).toBe(base);
    expect(versions[0]?.patches).toEqual([]);
  });

  it("throws invalid_operation when an amendment predates the MoU", () => {
    const error = catchError(() => mouVersions(base, [amendment([], "2019-01-01")]));
    expect(isNrmkitError(error, "invalid_operation")).toBe(true);
  });
});

describe("mouAsOf", () => {
  it("returns undefined before the effective date and the latest version on or before a date after it", () => {
    const amendments = [amendment([{ op: "add_party", organizationId: "org-c" }], "2021-01-01")];
    expect(mouAsOf(base, amendments, "2019-12-31")).toBeUndefined();
    expect(mouAsOf(base, amendments, "2020-12-31")).toBe(base);
    expect(mouAsOf(base, amendments, "2021-01-01")?.parties).toHaveLength(3);
  });

  const broken = amendment([{ op: "remove_clause", number: "99" }], "2022-01-01", "am-broken");
  const addC = amendment([{ op: "add_party", organizationId: "org-c" }], "2021-01-01", "am-c");
  const withdrawC = amendment([{ op: "withdraw_party", organizationId: "org-c" }], "2021-06-01", "am-w");
  it.each([
    { name: "a broken amendment is later than the date", amendments: [broken, addC], date: "2021-12-31", parties: 3 },
    {
      name: "a broken amendment is later and given first",
      amendments: [broken, withdrawC, addC],
      date: "2021-07-01",
      parties: 3,
    },
    { name: "amendments are given latest first", amendments: [withdrawC, addC], date: "2021-06-01", parties: 3 },
    {
      name: "the date is before the effective date",
      amendments: [broken, addC],
      date: "2019-12-31",
      parties: undefined,
    },
  ])("applies only the amendments dated on or before the date when $name", ({ amendments, date, parties }) => {
    const mou = mouAsOf(base, amendments, date);
    expect(mou?.parties.length).toBe(parties);
    if (date === "2021-07-01")
      expect(mou?.parties.at(-1)).toMatchObject({ organizationId: "org-c", withdrawnDate: "2021-06-01" });
  });

  it("throws invalid_operation when a broken amendment is dated on or before the date", () => {
    const error = catchError(() => mouAsOf(base, [addC, broken], "2022-01-01"));
    expect(isNrmkitError(error, "invalid_operation")).toBe(true);
  });
});

// ---- Property tests -------------------------------------------------------------------------

const TOPICS: readonly ClauseTopic[] = ["purpose", "confidentiality", "state_programme", "referral", "other"];
const ORGS = ["org-a", "org-b", "org-c", "org-d", "org-e"];

/** A random, valid operation against `mou`, described by small numbers so fast-check can shrink it. */
interface OperationSeed {
  readonly kind: number;
  readonly pick: number;
  readonly text: string;
}

const operationSeed = fc.record({ kind: fc.nat(4), pick: fc.nat(20), text: fc.string({ maxLength: 6 }) });

function materialise(mou: Mou, seed: OperationSeed, fresh: string): MouOperation {
  const clause: MouClause | undefined = mou.clauses[seed.pick % Math.max(mou.clauses.length, 1)];
  const topic = TOPICS[seed.pick % TOPICS.length] ?? "other";
  const org = ORGS[seed.pick % ORGS.length] ?? "org-a";
  const active = mou.parties.some((party) => party.organizationId === org && party.withdrawnDate === undefined);
  switch (clause === undefined && seed.kind < 3 ? 0 : seed.kind) {
    case 0:
      return {
        op: "add_clause",
        clause: { number: fresh, topic, text: { en: seed.text } },
        ...(clause === undefined || seed.pick % 2 === 0 ? {} : { after: clause.number }),
      };
    case 1:
      return { op: "amend_clause", number: clause?.number ?? "", changes: { topic, text: { ru: seed.text } } };
    case 2:
      return { op: "remove_clause", number: clause?.number ?? "" };
    default:
      return active ? { op: "withdraw_party", organizationId: org } : { op: "add_party", organizationId: org };
  }
}

/** Builds dated amendments (1–3 operations each, day gaps 0–40) that are valid in sequence. */
function materialiseHistory(seeds: readonly (readonly [number, readonly OperationSeed[]])[]): MouAmendment[] {
  let mou = base;
  let date = toDate(base.effectiveDate);
  let counter = 0;
  const amendments: MouAmendment[] = [];
  for (const [gap, opSeeds] of seeds) {
    date = addDays(date, gap);
    const operations: MouOperation[] = [];
    for (const seed of opSeeds) {
      counter += 1;
      const draft = { id: "probe", mouId: mou.id, date: toIsoDate(date), operations: [] };
      const operation = materialise(mou, seed, `n${counter}`);
      mou = applyMouAmendment(mou, { ...draft, operations: [operation] }).mou;
      operations.push(operation);
    }
    amendments.push({ id: `am-${amendments.length}`, mouId: mou.id, date: toIsoDate(date), operations });
  }
  return amendments;
}

const history = fc
  .array(fc.tuple(fc.nat(40), fc.array(operationSeed, { minLength: 1, maxLength: 3 })), { maxLength: 6 })
  .map(materialiseHistory);

describe("MoU history properties", () => {
  it("restores the MoU when an amendment's inversePatches are applied", () => {
    fc.assert(
      fc.property(history, (amendments) => {
        let mou = base;
        for (const item of amendments) {
          const result = applyMouAmendment(mou, item);
          expect(applyPatches(result.mou, result.inversePatches as Patch[])).toEqual(mou);
          expect(applyPatches(mou, result.patches as Patch[])).toEqual(result.mou);
          mou = result.mou;
        }
      }),
    );
  });

  it("lists versions in date order and gives the last version of a date as of that date", () => {
    fc.assert(
      fc.property(history, (amendments) => {
        // Latest first (same-date amendments keep their order): versions must come out in date order.
        const shuffled = [...amendments].sort((a, b) => b.date.localeCompare(a.date));
        const versions = mouVersions(base, shuffled);
        expect(versions).toHaveLength(amendments.length + 1);
        for (const [index, version] of versions.entries()) {
          const next = versions[index + 1];
          if (next !== undefined) expect(next.date >= version.date).toBe(true);
          if (next === undefined || next.date !== version.date) {
            expect(mouAsOf(base, shuffled, version.date)).toEqual(version.mou);
          }
        }
      }),
    );
  });

  it("ignores a broken amendment dated after the date asked for", () => {
    fc.assert(
      fc.property(history, fc.nat(400), fc.nat(40), (amendments, offset, later) => {
        const date = toIsoDate(addDays(toDate(base.effectiveDate), offset));
        const after = toIsoDate(addDays(toDate(date), later + 1));
        const invalid = amendment([{ op: "remove_clause", number: "no-such-clause" }], after, "am-broken");
        const expected = mouVersions(base, amendments)
          .filter((version) => version.date <= date)
          .at(-1)?.mou;
        expect(mouAsOf(base, [invalid, ...amendments], date)).toEqual(expected);
        expect(mouAsOf(base, [...amendments, invalid], date)).toEqual(expected);
      }),
    );
  });

  it("never mutates frozen inputs", () => {
    fc.assert(
      fc.property(history, (amendments) => {
        const frozenBase = deepFreeze(structuredClone(base));
        const frozen = deepFreeze(structuredClone(amendments));
        const snapshot = structuredClone(frozen);
        const versions = mouVersions(frozenBase, frozen);
        expect(frozenBase).toEqual(base);
        expect(frozen).toEqual(snapshot);
        expect(versions.at(-1)?.mou).toEqual(mouVersions(base, amendments).at(-1)?.mou);
      }),
    );
  });

  it("finds no difference between a version and itself", () => {
    fc.assert(
      fc.property(history, (amendments) => {
        for (const version of mouVersions(base, amendments)) {
          expect(diffMou(version.mou, version.mou)).toMatchObject({
            addedClauses: [],
            removedClauses: [],
            changedClauses: [],
            addedPartyIds: [],
            withdrawnPartyIds: [],
            isEmpty: true,
          });
        }
      }),
    );
  });

  it("names exactly the clause or party that a single operation changed", () => {
    fc.assert(
      fc.property(history, operationSeed, (amendments, seed) => {
        const before = mouVersions(base, amendments).at(-1)?.mou ?? base;
        const operation = materialise(before, seed, "fresh");
        const after = applyMouAmendment(before, amendment([operation], "2030-01-01")).mou;
        const diff = diffMou(before, after);
        const named = {
          added: diff.addedClauses.map((clause) => clause.number),
          removed: diff.removedClauses.map((clause) => clause.number),
          changed: diff.changedClauses.map((change) => change.number),
          joined: diff.addedPartyIds,
          left: diff.withdrawnPartyIds,
        };
        const nothing = { added: [], removed: [], changed: [], joined: [], left: [] };
        if (operation.op === "add_clause") expect(named).toEqual({ ...nothing, added: ["fresh"] });
        if (operation.op === "remove_clause") expect(named).toEqual({ ...nothing, removed: [operation.number] });
        if (operation.op === "add_party") expect(named).toEqual({ ...nothing, joined: [operation.organizationId] });
        if (operation.op === "withdraw_party") expect(named).toEqual({ ...nothing, left: [operation.organizationId] });
        if (operation.op === "amend_clause") {
          const old = before.clauses.find((clause) => clause.number === operation.number);
          const same = old?.topic === operation.changes.topic && old?.text.ru === operation.changes.text?.ru;
          expect(named).toEqual({ ...nothing, changed: same ? [] : [operation.number] });
        }
      }),
    );
  });
});
