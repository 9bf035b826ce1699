import type { MouAmendment } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { renderCsv } from "./csv.js";
import { buildMouText, decisionAmendments } from "./mouText.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";

describe("decisionAmendments", () => {
  it("dates each decision's MoU effects on its adoption day", () => {
    expect(decisionAmendments(belarusTaskForces2014).map((amendment) => [amendment.id, amendment.date])).toEqual([
      ["amendment-decision-gomel-2014-04-16-09", "2014-04-16"],
      ["amendment-decision-gomel-2014-04-16-10", "2014-04-16"],
      ["amendment-decision-vitebsk-2014-05-14-09", "2014-05-14"],
      ["amendment-decision-vitebsk-2014-05-14-10", "2014-05-14"],
    ]);
  });
});

describe("buildMouText", () => {
  it("writes the consolidated Gomel MoU with history and diff when decisions are applied", () => {
    expect(
      renderMarkdown(
        buildMouText(belarusTaskForces2014, "mou-gomel", { asOf: "2014-06-01", includeDecisionEffects: true }),
      ),
    ).toMatchInlineSnapshot(`
      "# Memorandum of understanding on cooperation in combating trafficking in human beings in Gomel oblast: consolidated text as at 1 June 2014

      ## Parties (10)

      - Department of the Interior Affairs, Gomel oblast (since 1 March 2013)
      - Department of labor and social welfare, Gomel oblast (since 1 March 2013)
      - Gomel Oblast Bar Association (since 1 March 2013)
      - Gomel Oblast Executive Committee – Department on ideology (since 1 March 2013)
      - Gomel Oblast Red Cross Organization (since 1 March 2013)
      - Gomel Oblast Court (since 16 April 2014)
      - Prosecutor’s office of Gomel oblast (since 16 April 2014)
      - Investigation committee, Gomel oblast department (since 16 April 2014)
      - Department of citizenship and migration, Gomel oblast (since 16 April 2014)
      - Gomel “BYWCA” NGO (since 16 April 2014)

      ## Text

      **1.** The parties cooperate to identify, refer and assist victims of trafficking in human beings in Gomel oblast and to strengthen the National Referral Mechanism there.

      **2.** The memorandum covers presumed and identified victims of trafficking in human beings, adults and children.

      **3.** The parties share information and statistics on trafficking in human beings and on assistance to victims at the task force's meetings.

      **4.** A party that identifies a presumed victim refers the person, with the person's consent, to the party best placed to assist.

      **5.** The parties review the memorandum at the task force's meetings; changes are agreed by all parties.

      **6.** The parties carry out their work under this memorandum in line with the new State Programme for 2013–2015.

      **7.** The parties take into account that the Republic of Belarus has joined the Council of Europe Convention on Action against Trafficking in Human Beings.

      **8.** The parties adhere to the principles of confidentiality when working with victims of trafficking in human beings.

      ## Amendment history

      | Date | Amendment | Changes |
      | --- | --- | --- |
      | 1 March 2013 | Base text |  |
      | 16 April 2014 | decision No. 9 of the meeting of 16 April 2014 | clause 6 added; clause 7 added; clause 8 added |
      | 16 April 2014 | decision No. 10 of the meeting of 16 April 2014 | Gomel Oblast Court joined; Prosecutor’s office of Gomel oblast joined; Investigation committee, Gomel oblast department joined; Department of citizenship and migration, Gomel oblast joined; Gomel “BYWCA” NGO joined |

      ## Changes from 1 March 2013 to 1 June 2014

      ### Clauses added

      - **6.** The parties carry out their work under this memorandum in line with the new State Programme for 2013–2015.
      - **7.** The parties take into account that the Republic of Belarus has joined the Council of Europe Convention on Action against Trafficking in Human Beings.
      - **8.** The parties adhere to the principles of confidentiality when working with victims of trafficking in human beings.

      ### Parties that joined

      - Gomel Oblast Court
      - Prosecutor’s office of Gomel oblast
      - Investigation committee, Gomel oblast department
      - Department of citizenship and migration, Gomel oblast
      - Gomel “BYWCA” NGO
      "
    `);
  });

  it("shows the base text and no changes before the first amendment", () => {
    const text = renderText(
      buildMouText(belarusTaskForces2014, "mou-gomel", { asOf: "2014-04-15", includeDecisionEffects: true }),
    );
    expect(text).toContain("Parties (5)");
    expect(text).not.toContain("> ");
    expect(text).toContain("No changes.");
    expect(text).not.toContain("8. The parties adhere");
  });

  it("compares from diffFrom when it is given", () => {
    const removal: MouAmendment = {
      id: "amendment-2015",
      mouId: "mou-gomel",
      date: "2015-01-10",
      operations: [
        {
          op: "amend_clause",
          number: "3",
          changes: {
            text: {
              en: "The parties share anonymised statistics.",
              ru: "Стороны обмениваются обезличенной статистикой.",
            },
          },
        },
        { op: "remove_clause", number: "4" },
        { op: "withdraw_party", organizationId: "org-by-ho-bar" },
      ],
    };
    const doc = buildMouText(belarusTaskForces2014, "mou-gomel", {
      asOf: "2015-02-01",
      diffFrom: "2014-06-01",
      amendments: [removal],
      includeDecisionEffects: true,
    });
    const text = renderText(doc);
    const diff = text.slice(text.indexOf("Changes from 1 June 2014 to 1 February 2015"));
    expect(diff).toContain("Clauses amended\n\n- 3. Before: The parties share information and statistics");
    expect(diff).toContain("After: The parties share anonymised statistics.");
    expect(diff).toContain("Clauses removed\n\n- 4. A party that identifies");
    expect(diff).toContain("Parties that withdrew\n\n- Gomel Oblast Bar Association");
    expect(diff).not.toContain("Clauses added");
    const history = renderCsv(doc, { tableId: "history" }).split("\r\n");
    expect(history[4]).toBe(
      "10 January 2015,amendment-2015,clause 3 amended; clause 4 removed; Gomel Oblast Bar Association withdrew",
    );
  });

  it("writes the Russian text when asked for ru", () => {
    const text = renderText(
      buildMouText(belarusTaskForces2014, "mou-vitebsk", {
        asOf: "2014-06-01",
        includeDecisionEffects: true,
        locale: "ru",
        note: { en: "The base text is illustrative." },
      }),
    );
    expect(text).toContain("> [en] The base text is illustrative.");
    expect(text).toContain("сводный текст по состоянию на 1 июня 2014 г.");
    expect(text).toContain("Полоцкий пограничный отряд (с 14 мая 2014 г.)");
    expect(text).toContain("решение № 10 заседания от 14 мая 2014 г.");
    expect(text).toContain("Изменения между редакциями от 1 апреля 2013 г. и от 1 июня 2014 г.");
  });

  it.each([
    ["asOf before the MoU took effect", { asOf: "2012-01-01" }, "invalid_argument"],
    ["diffFrom before the MoU took effect", { asOf: "2014-06-01", diffFrom: "2012-01-01" }, "invalid_argument"],
    ["a malformed date", { asOf: "June 2014" }, "invalid_date"],
  ])("throws when given %s", (_, options, code) => {
    expect(() => buildMouText(belarusTaskForces2014, "mou-gomel", options)).toThrow(expect.objectContaining({ code }));
  });

  it("throws not_found when the MoU does not exist", () => {
    expect(() => buildMouText(belarusTaskForces2014, "mou-x", { asOf: "2014-06-01" })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
