import type { NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import { describe, expect, it } from "vitest";
import { withBrest } from "../test/fixtures.js";
import { renderCsv } from "./csv.js";
import { be, ro, uk } from "./locales/index.js";
import { buildMinutes } from "./minutes.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";

const GOMEL = "meeting-gomel-2014-04-16";
const VITEBSK = "meeting-vitebsk-2014-05-14";
const BREST = "meeting-brest-2014-06-18";

/** The Belarus dataset with a due date and later statuses on two Gomel decisions. */
const followedUp: NrmDataset = {
  ...belarusTaskForces2014,
  decisions: belarusTaskForces2014.decisions.map((decision) => {
    if (decision.id === "decision-gomel-2014-04-16-05") {
      return { ...decision, dueDate: "2014-09-01" };
    }
    if (decision.id === "decision-gomel-2014-04-16-09") {
      return {
        ...decision,
        dueDate: "2014-12-31",
        statusHistory: [...decision.statusHistory, { status: "done" as const, date: "2014-11-20" }],
      };
    }
    return decision;
  }),
};

describe("buildMinutes", () => {
  it("lists attendees, agenda and decisions when given the Gomel meeting", () => {
    expect(renderMarkdown(buildMinutes(belarusTaskForces2014, GOMEL, { locale: "en" }))).toMatchInlineSnapshot(`
      "# Minutes: Multi-disciplinary task force of Gomel oblast, 16 April 2014

      **Date**: 16 April 2014\\
      **Venue**: Gomel\\
      **Status**: held\\
      **Chairs**: Zeynal Hajiyev (Chief of Mission of IOM); Sergey Koltun (National Project Coordinator; Deputy chairperson of the Department; Chairperson of the second unit on combating trafficking in drugs and human beings of the criminal militia of the Ministry of the Interior of the Republic of Belarus); Natalia Zhak (Coordinator of the International Technical Assistance Project “Building the capacity of the Republic of Belarus in the field of combating trafficking in human beings”, IOM)\\
      **Organised with the support of**: Gomel Oblast Red Cross Organization (technical, organisational)

      ## Attendees (8 organisations)

      ### Agencies which signed the MoU (5)

      - Department of the Interior Affairs, Gomel oblast
      - Department of labor and social welfare, Gomel oblast
      - Gomel Oblast Bar Association
      - Gomel Oblast Executive Committee – Department on ideology
      - Gomel Oblast Red Cross Organization

      ### Other interested organisations (3)

      - Department of citizenship and migration, Gomel oblast
      - Investigation committee, Gomel oblast department
      - Gomel “BYWCA” NGO

      ## Agenda

      1. The latest information and statistics shared by all the representatives
      2. The latest trends in the field of THB in Gomel region
      3. **Special attention:** Rendering assistance to victims of trafficking
      4. **Special attention:** Labor exploitation of Belarus citizens in Russia and their identification as VoTs
      5. Cases of children who suffered from sexual violence and the necessity to improve responses of both state and non-state actors

      ## Decisions (10)

      | No. | Decision | Responsible | Due date | Status | Follow-up |
      | ---: | --- | --- | --- | --- | --- |
      | 1 | To more actively engage into sharing information and statistics between the interested parties of the MoU in the field of prevention of THB and provision of assistance to VoTs | All parties |  | adopted |  |
      | 2 | To more actively suggest ideas for joint efforts in prevention of THB in Gomel oblast | All parties |  | adopted |  |
      | 3 | To adhere to the principles of confidentiality for all the information on trafficking cases and to observe the human rights and private security of VoTs | All parties |  | adopted |  |
      | 4 | To organize joint preventive actions and initiatives and to inform people about the possibilities of trapping into slavery conditions when searching for a job in Russia | All parties |  | adopted |  |
      | 5 | To more actively attract the resource of the bar association for provision of legal assistance to the victims of trafficking | Gomel Oblast Bar Association |  | adopted |  |
      | 6 | To establish contacts with the workers of the interviewing rooms for children and to use these rooms for recording the information during child's interview for the purpose of further use within criminal investigations | All parties |  | adopted |  |
      | 7 | To engage journalists into prevention of THB in the region and to educate them regarding the preparation of articles on this topic | All parties |  | adopted |  |
      | 8 | The representatives of NGOs of Gomel oblast should actively participate in developing of their offers for participation in the system of social sub-contraction | Gomel Oblast Red Cross Organization and Gomel “BYWCA” NGO |  | adopted |  |
      | 9 | To introduce changes into the text of MoU, particularly, to add items about the New State Programme for 2013 – 2015; about Belarus joining the Council of Europe Convention on combating trafficking in human beings and the article about adhering to the principles of confidentiality when working with VoTs | All parties |  | adopted |  |
      | 10 | To widen the list of the MoU participants with the representatives of the court, prosecutor's office, investigation committee, department on citizenship and migration, Gomel “BYWCA” NGO | All parties |  | adopted |  |
      "
    `);
  });

  it("names the venue's host on a line of its own when the venue has a name", () => {
    const lines = renderText(buildMinutes(belarusTaskForces2014, VITEBSK, { asOf: "2014-06-01" })).split("\n");
    const venue = lines.findIndex((line) => line.startsWith("Venue: Vitebsk oblast executive committee premises"));
    expect(venue).toBeGreaterThan(0);
    expect(lines[venue + 1]).toBe("Host: Vitebsk Oblast Executive Committee");
    const russian = renderText(buildMinutes(belarusTaskForces2014, VITEBSK, { asOf: "2014-06-01", locale: "ru" }));
    expect(russian).toContain("Принимающая сторона: Витебский областной исполнительный комитет");
  });

  it("names representatives and guests' purpose when the meeting records them", () => {
    const text = renderText(buildMinutes(belarusTaskForces2014, VITEBSK));
    expect(text).toContain(
      "Vitebsk Oblast Red Cross Organization: the Chairperson of the Vitebsk Oblast Red Cross Organization",
    );
    expect(text).toContain("Youth Palace (purpose: sharing their experience in prevention of THB among target groups)");
    expect(text).toContain("Guests (2)");
  });

  it("names a donor guest as a donor in every built-in language", () => {
    const brest = withBrest(belarusTaskForces2014);
    for (const [locale, line] of [
      ["en", "- United States Agency for International Development (donor)"],
      ["ru", "- Агентство США по международному развитию (донор)"],
      [be, "донар)"],
      [uk, "(донор)"],
      [ro, "(donator)"],
    ] as const) {
      expect(renderText(buildMinutes(brest, "meeting-brest-2014-06-18", { locale }))).toContain(line);
    }
    // Other kinds are named alone.
    expect(renderText(buildMinutes(brest, "meeting-brest-2014-06-18"))).toContain(
      "- Brest “Women’s Initiatives” NGO\n",
    );
  });

  it("shows owners, due dates and statuses on the asOf day", () => {
    const csv = renderCsv(buildMinutes(followedUp, GOMEL, { asOf: "2014-10-01" }), { tableId: "decisions" });
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("No.,Decision,Responsible,Due date,Status,Follow-up");
    expect(rows[5]).toBe(
      '5,To more actively attract the resource of the bar association for provision of legal assistance to the victims of trafficking,Gomel Oblast Bar Association,1 September 2014,"adopted, overdue",',
    );
    expect(rows[9]).toContain("All parties,31 December 2014,adopted");
    const later = renderCsv(buildMinutes(followedUp, GOMEL, { asOf: "2015-01-01" }), { tableId: "decisions" });
    expect(later.split("\r\n")[9]).toContain("31 December 2014,done");
  });

  it("writes Russian minutes with agreeing counts", () => {
    const text = renderText(buildMinutes(followedUp, GOMEL, { locale: "ru", asOf: "2014-10-01" }));
    expect(text).toContain("Протокол заседания: Межведомственная рабочая группа Гомельской области, 16 апреля 2014 г.");
    expect(text).toContain("Присутствовали (8 организаций)");
    expect(text).toContain("Председатели: Зейнал Гаджиев");
    expect(text).toContain("1 сентября 2014 г. | принято, просрочено");
  });

  it("throws not_found when the meeting does not exist", () => {
    expect(() => buildMinutes(belarusTaskForces2014, "meeting-x")).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});

describe("buildMinutes of a held meeting without decisions", () => {
  it("exports a header-only decisions table instead of throwing", () => {
    expect(renderCsv(buildMinutes(withBrest(belarusTaskForces2014), BREST), { tableId: "decisions" })).toBe(
      "No.,Decision,Responsible,Due date,Status,Follow-up\r\n",
    );
  });

  it.each([
    [undefined, "The decisions of this meeting are not recorded."],
    [false, "The decisions of this meeting are not recorded."],
    [true, "No decisions were taken."],
  ])("tells unknown decisions from none taken when decisionsRecorded is %s", (recorded, sentence) => {
    const text = renderText(buildMinutes(withBrest(belarusTaskForces2014, recorded), BREST));
    expect(text).toContain("Decisions (0)");
    expect(text).toContain(sentence);
    expect(text).not.toContain("None.");
  });
});
