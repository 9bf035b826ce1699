import { isNrmkitError, registerLocale, unregisterLocale } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { findPersonalData } from "./confidentiality.js";
import { importCtdc } from "./ctdc/index.js";
import { importHtcds } from "./htcds/index.js";
import { importCaseRecords } from "./importCaseRecords.js";
import { englishPhrase, matchPhrase, messagesOf } from "./internal/catalogue.js";
import { be, en, ro, ru, uk } from "./locales/index.js";
import { localizeIssue } from "./localizeIssue.js";
import { missingValidationTranslations } from "./missingValidationTranslations.js";
import { validateDataset } from "./validateDataset.js";
import type { ValidationIssue } from "./validationError.js";
import type { ValidationLocale } from "./validationMessages.js";
import { formatIssuePath } from "./zodIssues.js";

const BUILT_IN = { en, ru, be, uk, ro } as const;
const SECTIONS = ["phrases", "import", "integrity", "received", "ctdc", "htcds"] as const;

/** Every phrase key with its English template, the CTDC and HTCDS sections included (their entry points are loaded above). */
function phraseKeys(): { section: string; key: string; template: string | Readonly<Record<string, string>> }[] {
  const english = messagesOf(en) as unknown as Record<string, Record<string, string | Record<string, string>>>;
  return SECTIONS.flatMap((section) =>
    Object.entries(english[section] ?? {}).map(([key, template]) => ({ section, key, template })),
  );
}

/** Sample values for the placeholders of a template: data, never translated. */
function sampleParams(template: string, count: number): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [, name = ""] of template.matchAll(/\{(\w+)\}/g)) {
    if (name === "count") params[name] = count;
    else if (name === "position" || name === "field") params[name] = 7;
    else if (name === "reason") params[name] = englishPhrase("integrity", "effectiveDateOf", { mouId: "mou-1" });
    else if (name === "expected") params[name] = englishPhrase("integrity", "existingClause");
    else if (name === "date") params[name] = "2014-05-01";
    else if (name === "values" || name === "codes") params[name] = '"BY-HO" | "MD-BA"';
    else params[name] = `${name}-9`;
  }
  return params;
}

function templatesOf(template: string | Readonly<Record<string, string>>): string[] {
  return typeof template === "string" ? [template] : Object.values(template);
}

/** Every phrase the library can write, in English, with the data it holds. */
function everyPhrase(): { section: string; key: string; english: string; data: string[] }[] {
  return phraseKeys().flatMap(({ section, key, template }) =>
    [1, 2, 5, 21, 120].map((count) => {
      const params = sampleParams(templatesOf(template)[0] ?? "", count);
      const english = englishPhrase(section, key, params);
      const data = Object.entries(params)
        .filter(([name]) => name !== "reason" && name !== "expected")
        .map(([, value]) => String(value))
        .concat("mou-1");
      return { section, key, english, data };
    }),
  );
}

const CODE_TOKENS = new Set(
  [
    "_ ISO alpha-2 alpha-3 URL http https JSON CSV RFC UTF-8 CTDC true false unknown __proto__ constructor prototype",
    "Object Array defineCaseFields datasetSchema validateDataset includeDecisionEffects fields extra notRecorded",
    "yearOfRegistration en ro be-Latn BY MD BY-HO MD-BA BLR MDA Female Male Transgender/NonConforming Case Management",
    "Hotline Minor Adult Unknown exploitation labourSectors sexualExploitationForms meansOfControl",
    "recruiterRelations assistance",
  ]
    .join(" ")
    .split(" "),
);

/** Latin words of a message that are neither data nor code (`data` lists the data it holds). */
function latinWords(message: string, data: readonly string[]): string[] {
  const words = (text: string) =>
    (text.replace(/"(?:[^"\\]|\\.)*"/g, " ").match(/[A-Za-z_][\w\-/.]*/g) ?? []).map((token) =>
      token.replace(/[.\-/]+$/, ""),
    );
  const known = new Set(data.flatMap(words));
  return words(message).filter((token) => !CODE_TOKENS.has(token) && !known.has(token));
}

function render(english: string, locale: ValidationLocale, section: string): string {
  const issue: ValidationIssue =
    section === "received"
      ? { code: "x", path: ["a"], message: "", expected: "string", received: english }
      : { code: "x", path: ["a"], message: "", expected: english };
  // The path is data: only what follows it is checked.
  return localizeIssue(issue, locale).message.slice("a".length);
}

describe("missingValidationTranslations", () => {
  it.each(Object.entries(BUILT_IN))("lists no key for the built-in locale %s", (_code, locale) => {
    expect(missingValidationTranslations(locale)).toEqual([]);
  });

  it("lists the keys and plural categories a partial catalogue lacks", () => {
    const partial: ValidationLocale = {
      code: "uk",
      validation: {
        frame: { root: "(корінь)" },
        phrases: { atLeastItems: { one: "щонайменше {count} елемент", other: "x" } },
      },
    };
    const missing = missingValidationTranslations(partial);
    expect(missing).toContain("validation.frame.expected");
    expect(missing).toContain("validation.phrases.atLeastItems.few");
    expect(missing).toContain("validation.phrases.atLeastItems.many");
    expect(missing).toContain("validation.ctdc.flag");
    expect(missing).not.toContain("validation.frame.root");
  });

  it("throws invalid_argument when given a tag with no catalogue", () => {
    expect(() => missingValidationTranslations("fr")).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("ValidationMessages", () => {
  it("has a template for every phrase key in every built-in language, with the same placeholders", () => {
    for (const [code, locale] of Object.entries(BUILT_IN)) {
      const messages = (code === "en" ? undefined : locale.validation) as
        | Record<string, Record<string, unknown>>
        | undefined;
      if (messages === undefined) continue;
      for (const { section, key, template } of phraseKeys()) {
        const translated = messages[section]?.[key];
        expect(translated, `${code} ${section}.${key}`).toBeDefined();
        const names = (text: unknown) => [...String(JSON.stringify(text)).matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(new Set(names(translated)), `${code} ${section}.${key}`).toEqual(new Set(names(template)));
      }
    }
  });

  it("matches every English phrase back to its key and values", () => {
    for (const { section, key, english } of everyPhrase()) {
      const found = matchPhrase(english, [section]);
      expect(found, english).toMatchObject({ section, key });
      const forms = phraseKeys().find((entry) => entry.key === key && entry.section === section)?.template ?? "";
      const formsText = templatesOf(forms);
      const rebuilt = formsText.map((form) =>
        form.replace(/\{(\w+)\}/g, (_whole, name: string) => found?.params[name] ?? `{${name}}`),
      );
      expect(rebuilt, english).toContain(english);
    }
  });

  it("matches builder output back to its key whatever the data (property)", () => {
    const id = fc.stringMatching(/^[A-Za-z0-9][\w.:/-]{0,20}$/);
    fc.assert(
      fc.property(fc.constantFrom(...phraseKeys()), id, id, fc.nat({ max: 100_000 }), (entry, a, b, count) => {
        const template = templatesOf(entry.template)[0] ?? "";
        const params: Record<string, string | number> = {};
        let flip = false;
        for (const [, name = ""] of template.matchAll(/\{(\w+)\}/g)) {
          if (name === "count" || name === "position" || name === "field") params[name] = count;
          else if (name === "reason" || name === "expected") params[name] = englishPhrase("phrases", "knownKey");
          else {
            params[name] = flip ? b : a;
            flip = !flip;
          }
        }
        const english = englishPhrase(entry.section, entry.key, params);
        expect(matchPhrase(english, [entry.section])).toMatchObject({ key: entry.key });
      }),
    );
  });
});

describe("localizeIssue in every built-in language", () => {
  it.each(["be", "uk"] as const)("writes %s messages with no Latin word outside data and code", (code) => {
    for (const { section, english, data } of everyPhrase()) {
      const message = render(english, BUILT_IN[code], section);
      expect(message).not.toContain("[en]");
      expect(latinWords(message, data), message).toEqual([]);
    }
  });

  it("writes Russian messages with no Latin word outside data and code (Russian writes id as is)", () => {
    for (const { section, english, data } of everyPhrase()) {
      const message = render(english, ru, section);
      expect(message).not.toContain("[en]");
      expect(latinWords(message, [...data, "id"]), message).toEqual([]);
    }
  });

  it("writes Romanian messages with no Cyrillic letter and only comma-below ș and ț", () => {
    for (const { section, english } of everyPhrase()) {
      const message = render(english, ro, section);
      expect(message).not.toContain("[en]");
      expect(message, message).not.toMatch(/[\u0400-\u04ff\u015e\u015f\u0162\u0163]/);
      // A Romanian message is not the English one.
      expect(message).not.toContain(english);
    }
  });

  const CASES = [1, 2, 5, 11, 21, 22, 25, 101, 120] as const;
  it.each([
    [
      "ru",
      "не менее {n} ",
      ["символа", "символов", "символов", "символов", "символа", "символов", "символов", "символа", "символов"],
    ],
    [
      "be",
      "не менш за {n} ",
      ["сімвал", "сімвалы", "сімвалаў", "сімвалаў", "сімвал", "сімвалы", "сімвалаў", "сімвал", "сімвалаў"],
    ],
    [
      "uk",
      "щонайменше {n} ",
      ["символ", "символи", "символів", "символів", "символ", "символи", "символів", "символ", "символів"],
    ],
    [
      "ro",
      "cel puțin {n} ",
      [
        "caracter",
        "caractere",
        "caractere",
        "caractere",
        "de caractere",
        "de caractere",
        "de caractere",
        "caractere",
        "de caractere",
      ],
    ],
  ] as const)("declines counted nouns in %s", (code, prefix, forms) => {
    CASES.forEach((n, index) => {
      const english = englishPhrase("phrases", "atLeastCharacters", { count: n });
      const message = render(english, BUILT_IN[code], "phrases");
      expect(message).toContain(`${prefix.replace("{n}", String(n))}${forms[index]}`);
    });
  });

  it("writes Romanian bytes with de from 20 up", () => {
    const bytes = (n: number) => render(englishPhrase("received", "bytes", { count: n }), ro, "received");
    expect(bytes(1)).toMatch(/s-a primit: 1 octet$/);
    expect(bytes(19)).toMatch(/s-a primit: 19 octeți$/);
    expect(bytes(2009)).toMatch(/s-a primit: 2009 octeți$/);
    expect(bytes(2020)).toMatch(/s-a primit: 2020 de octeți$/);
  });

  it("translates a phrase nested in another (a reason in a date bound)", () => {
    const english = englishPhrase("integrity", "dateOnOrAfter", {
      date: "2014-05-01",
      reason: englishPhrase("integrity", "establishedDay", { taskForceId: "tf-gomel" }),
    });
    expect(render(english, uk, "phrases")).toBe(
      ": очікувалося: дата не раніше ніж 2014-05-01 (день утворення tf-gomel)",
    );
    expect(render(english, ro, "phrases")).toBe(
      ": se aștepta: o dată nu mai devreme de 2014-05-01 (ziua înființării grupului tf-gomel)",
    );
  });
});

/** A copy of the Belarus 2014 dataset with problems for many rules. */
function brokenDataset(): unknown {
  const dataset = structuredClone(belarusTaskForces2014) as unknown as Record<string, Record<string, unknown>[]>;
  const first = (name: string) => dataset[name]?.[0] as Record<string, unknown>;
  first("meetings").taskForceId = "tf-x";
  first("meetings").date = "2014-02-30";
  dataset.organizations?.push({ ...first("organizations") });
  dataset.regions?.push({ id: "MD-XX", country: "BLR", kind: "raion", name: { "not a tag": "x" } });
  first("decisions").meetingId = "meeting-x";
  return dataset;
}

describe("every locale option", () => {
  afterEach(() => {
    unregisterLocale("ro");
  });

  it("throws invalid_argument for an unknown tag instead of falling back", () => {
    for (const run of [
      () => validateDataset(belarusTaskForces2014, { locale: "fr" }),
      () => formatIssuePath([], "fr"),
      () => importCaseRecords("", { format: "csv", locale: "fr" }),
      () => localizeIssue({ code: "x", path: [], message: "", expected: "string" }, "de"),
    ]) {
      expect(run).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    }
  });

  it("finds the tag ru only once the ru object is registered, and then writes the same messages", () => {
    expect(() => validateDataset(brokenDataset(), { locale: "ru" })).toThrow(
      expect.objectContaining({
        code: "invalid_argument",
        message: expect.stringContaining("@nrmkit/validation/locales"),
      }),
    );
    const fromObject = validateDataset(brokenDataset(), { locale: ru });
    registerLocale(ru);
    try {
      expect(validateDataset(brokenDataset(), { locale: "ru-BY" })).toEqual(fromObject);
    } finally {
      unregisterLocale("ru");
    }
    expect(JSON.stringify(fromObject)).not.toContain("[en]");
    expect(JSON.stringify(fromObject)).toContain("ожидалось");
  });

  it("lets findPersonalData take the same tags and locale objects, any tag included", () => {
    const text = "Born on 12 March 1990, phone +375 29 123 45 67.";
    const expected = findPersonalData(text, { locale: "ro" }).map((finding) => finding.kind);
    expect(findPersonalData(text, { locale: ro }).map((finding) => finding.kind)).toEqual(expected);
    expect(findPersonalData(text, { locale: "fr" }).length).toBeGreaterThan(0);
  });

  it("names the import of a shipped language not yet loaded", () => {
    let thrown: unknown;
    try {
      formatIssuePath([], "ro");
    } catch (error) {
      thrown = error;
    }
    expect(isNrmkitError(thrown) && thrown.code).toBe("invalid_argument");
    expect(String((thrown as Error).message)).toContain("@nrmkit/validation/locales");
  });

  it("finds a language by tag once registered", () => {
    registerLocale(ro);
    expect(formatIssuePath([], "ro-MD")).toBe("(rădăcină)");
    expect(localizeIssue({ code: "x", path: [], message: "", expected: "a known key" }, "ro").message).toBe(
      "(rădăcină): se aștepta: o cheie cunoscută",
    );
  });

  it("writes untranslated keys of a partial catalogue in English after a visible [en] marker", () => {
    const partial: ValidationLocale = { code: "ro", validation: { phrases: { knownKey: "o cheie cunoscută" } } };
    expect(localizeIssue({ code: "x", path: ["a"], message: "", expected: "a known key" }, partial).message).toBe(
      "[en] a: expected o cheie cunoscută",
    );
  });

  it.each([
    ["be", be],
    ["uk", uk],
    ["ro", ro],
  ] as const)("writes every issue of a broken dataset and broken imports in %s", (code, locale) => {
    const csv = ["id,gender,registrationDate", 'SYN-1,"x"y,2014', "SYN-2", "Ivan Petrov,f,2014-02-30"].join("\n");
    const ndjson = ['{"id":"SYN-1","citizenship":"BY","exploitation":["begging","begging"]}', "{", '["x"]'].join("\n");
    const validated = validateDataset(brokenDataset(), { locale });
    const issues = [
      ...(validated.success ? [] : validated.issues),
      ...importCaseRecords(csv, { format: "csv", locale }).rejected.flatMap((row) => row.issues),
      ...importCaseRecords(ndjson, { format: "ndjson", locale, maxRowBytes: 60 }).rejected.flatMap((row) => row.issues),
      ...importCtdc("yearOfRegistration,gender,ageBroad\n2014,x,y\nabc,Male,18--20", { locale }).rejected.flatMap(
        (row) => row.issues,
      ),
      ...importHtcds("cas_CaseID,cas_OpenDate,vic_Age\nC-1,2014-13,x", { locale }).rejected.flatMap(
        (row) => row.issues,
      ),
    ];
    expect(issues.length).toBeGreaterThan(10);
    const data = JSON.stringify(brokenDataset()).match(/[\w.:/-]+/g) ?? [];
    for (const issue of issues) {
      const message = issue.message.slice(formatIssuePath(issue.path).length);
      expect(message).not.toContain("[en]");
      if (code === "ro") expect(message).not.toMatch(/[\u0400-\u04ff]/);
      else expect(latinWords(message, [...data, issue.received ?? ""]), issue.message).toEqual([]);
      expect(localizeIssue(issue, locale)).toEqual(issue);
    }
  });
});
