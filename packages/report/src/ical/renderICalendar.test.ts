import { type Decision, indexDataset, type Meeting, type NrmDataset } from "@nrmkit/core";
import { belarusTaskForces2014 } from "@nrmkit/core/belarus2014";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderICalendar } from "./renderICalendar.js";

// The calendar is read back with a small RFC 5545 reader written here, independent of ical.js:
// CRLF lines of at most 75 octets, unfolding, parameters (quoted, RFC 6868 carets), TEXT escapes.

interface Line {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
}

interface Component {
  readonly name: string;
  readonly lines: Line[];
  readonly children: Component[];
}

const encoder = new TextEncoder();

function unfold(text: string): string[] {
  expect(text.endsWith("\r\n")).toBe(true);
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  return logical;
}

function parseLine(line: string): Line {
  let at = 0;
  const read = (stop: RegExp): string => {
    let out = "";
    while (at < line.length && !stop.test(line[at] ?? "")) out += line[at++];
    return out;
  };
  const name = read(/[;:]/).toUpperCase();
  const params: Record<string, string> = {};
  while (line[at] === ";") {
    at += 1;
    const key = read(/=/).toUpperCase();
    at += 1;
    let value = "";
    if (line[at] === '"') {
      at += 1;
      value = read(/"/);
      at += 1;
    } else value = read(/[;:]/);
    params[key] = value.replace(/\^(\^|n|')/g, (_, c) => (c === "n" ? "\n" : c === "'" ? '"' : "^"));
  }
  expect(line[at]).toBe(":");
  return { name, params, value: line.slice(at + 1) };
}

function parse(text: string): Component {
  const stack: Component[] = [{ name: "ROOT", lines: [], children: [] }];
  for (const raw of unfold(text)) {
    const line = parseLine(raw);
    const top = stack.at(-1);
    if (top === undefined) throw new Error("unbalanced");
    if (line.name === "BEGIN") {
      const child: Component = { name: line.value.toUpperCase(), lines: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (line.name === "END") {
      expect(top.name).toBe(line.value.toUpperCase());
      stack.pop();
    } else top.lines.push(line);
  }
  expect(stack).toHaveLength(1);
  const [calendar] = stack[0]?.children ?? [];
  if (calendar === undefined) throw new Error("no calendar");
  return calendar;
}

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
const get = (component: Component, name: string): Line[] => component.lines.filter((line) => line.name === name);
const one = (component: Component, name: string): string => unescapeText(get(component, name)[0]?.value ?? "");

const STAMP = "2014-12-01T00:00:00Z";
const VITEBSK = "meeting-vitebsk-2014-05-14";

describe("renderICalendar", () => {
  it("writes each meeting as an all-day event with its organiser, venue and attendees in their roles", () => {
    const calendar = parse(renderICalendar(belarusTaskForces2014, { timestamp: STAMP }));
    expect(one(calendar, "VERSION")).toBe("2.0");
    expect(one(calendar, "PRODID")).not.toBe("");
    const events = calendar.children.filter((child) => child.name === "VEVENT");
    expect(events).toHaveLength(belarusTaskForces2014.meetings.length);
    const index = indexDataset(belarusTaskForces2014);
    for (const meeting of belarusTaskForces2014.meetings) {
      const event = events.find((candidate) => one(candidate, "UID").startsWith(`${meeting.id}@`));
      if (event === undefined) throw new Error(`no event for ${meeting.id}`);
      expect(get(event, "DTSTART")[0]).toMatchObject({
        params: { VALUE: "DATE" },
        value: meeting.date.replace(/-/g, ""),
      });
      expect(one(event, "DTSTAMP")).toBe("20141201T000000Z");
      const attendees = get(event, "ATTENDEE");
      const chairs = attendees.filter((line) => line.params.ROLE === "CHAIR");
      expect(chairs.map((line) => line.params.CN)).toEqual(
        meeting.chairIds.map((id) => index.people.get(id)?.name?.en ?? id),
      );
      for (const line of chairs) expect(line.params.CUTYPE).toBe("INDIVIDUAL");
      const organisations = attendees.filter((line) => line.params.CUTYPE === "GROUP");
      expect(organisations.map((line) => line.value)).toEqual(
        meeting.attendance.map((entry) => `urn:nrmkit:organization:${entry.organizationId}`),
      );
      const guests = meeting.attendance.filter((entry) => entry.capacity === "guest");
      for (const guest of guests) {
        const line = organisations.find((candidate) => candidate.value.endsWith(`:${guest.organizationId}`));
        expect(line?.params).toMatchObject({ ROLE: "OPT-PARTICIPANT", "X-NRMKIT-ROLE": "guest" });
      }
      expect(get(event, "ORGANIZER")).toHaveLength(1);
      if (meeting.venue?.hostId !== undefined) {
        expect(one(event, "LOCATION")).toContain(index.organizations.get(meeting.venue.hostId)?.name.en ?? "?");
      }
    }
  });

  it("writes decisions with due dates as to-dos with their owners, status and meeting", () => {
    const dataset: NrmDataset = {
      ...belarusTaskForces2014,
      decisions: belarusTaskForces2014.decisions.map(
        (decision, at): Decision =>
          at === 0
            ? { ...decision, dueDate: "2014-09-30" }
            : at === 1
              ? {
                  ...decision,
                  dueDate: "2014-10-31",
                  statusHistory: [...decision.statusHistory, { status: "done", date: "2014-10-15" }],
                }
              : decision,
      ),
    };
    const calendar = parse(renderICalendar(dataset, { timestamp: STAMP, asOf: "2014-12-01" }));
    const todos = calendar.children.filter((child) => child.name === "VTODO");
    expect(todos).toHaveLength(2);
    const [first, second] = dataset.decisions;
    const todo = todos[0];
    if (todo === undefined || first === undefined || second === undefined) throw new Error("missing");
    expect(get(todo, "DUE")[0]).toMatchObject({ params: { VALUE: "DATE" }, value: "20140930" });
    expect(one(todo, "SUMMARY")).toBe(first.text.en);
    expect(one(todo, "STATUS")).toBe("NEEDS-ACTION");
    expect(one(todo, "RELATED-TO")).toBe(`${first.meetingId}@nrmkit.invalid`);
    const meeting = dataset.meetings.find((candidate) => candidate.id === first.meetingId) as Meeting;
    const owners =
      first.responsibleIds.length > 0
        ? first.responsibleIds
        : meeting.attendance.filter((entry) => entry.capacity === "mou_party").map((entry) => entry.organizationId);
    expect(get(todo, "ATTENDEE").map((line) => line.value)).toEqual(
      owners.map((id) => `urn:nrmkit:organization:${id}`),
    );
    expect(one(todos[1] as Component, "STATUS")).toBe("COMPLETED");
    expect(one(todos[1] as Component, "COMPLETED")).toBe("20141015T000000Z");
    // "open" takes every open decision, due date or not.
    const open = parse(renderICalendar(dataset, { timestamp: STAMP, asOf: "2014-12-01", decisions: "open" }));
    expect(open.children.filter((child) => child.name === "VTODO")).toHaveLength(dataset.decisions.length - 1);
  });

  it("writes Russian names and folds long Cyrillic lines at 75 octets", () => {
    const text = renderICalendar(belarusTaskForces2014, { timestamp: STAMP, locale: "ru", meetingIds: [VITEBSK] });
    const event = parse(text).children[0] as Component;
    expect(one(event, "SUMMARY")).toMatch(/[а-яА-Я]/);
    expect(text.split("\r\n").some((line) => line.startsWith(" "))).toBe(true);
  });

  it("escapes any text and parameter so it reads back as written, less control characters", () => {
    const hostileText = fc.string({
      unit: fc.constantFrom("a", "Ж", ";", ",", ":", "\\", '"', "^", "'", "\n", "\u0007", " ", "😀"),
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(hostileText, hostileText, (name, topic) => {
        const clean = (value: string): string => value.replace(/\n/g, " ").replaceAll("\u0007", "");
        fc.pre(clean(name).trim() !== "" && clean(topic).trim() !== "");
        const base = belarusTaskForces2014;
        const meeting = base.meetings.find((candidate) => candidate.id === VITEBSK) as Meeting;
        const chair = meeting.chairIds[0] as string;
        const dataset: NrmDataset = {
          ...base,
          people: base.people.map((person) => (person.id === chair ? { ...person, name: { en: name } } : person)),
          meetings: base.meetings.map((candidate) =>
            candidate.id === VITEBSK ? { ...candidate, topics: [{ kind: "other", text: { en: topic } }] } : candidate,
          ),
        };
        const event = parse(renderICalendar(dataset, { timestamp: STAMP, meetingIds: [VITEBSK] }))
          .children[0] as Component;
        const chairLine = get(event, "ATTENDEE").find((line) => line.params.ROLE === "CHAIR");
        expect(chairLine?.params.CN).toBe(clean(name));
        expect(one(event, "DESCRIPTION")).toBe(`- ${clean(topic)}`);
      }),
      { numRuns: 150 },
    );
  });

  it("links the meetings of a series by UID (RELATED-TO, siblings) and gives the news item's URL", () => {
    const [gomel, vitebsk] = belarusTaskForces2014.meetings as [Meeting, Meeting];
    const data: NrmDataset = {
      ...belarusTaskForces2014,
      meetings: [
        {
          ...gomel,
          publication: {
            title: { en: "Gomel" },
            url: "https://example.org/gomel",
            categories: [],
            tags: [],
            languages: ["en"],
            next: { meetingId: vitebsk.id },
          },
        },
        vitebsk.publication === undefined
          ? vitebsk
          : {
              ...vitebsk,
              publication: { ...vitebsk.publication, previous: { meetingId: gomel.id, url: "javascript:alert(1)" } },
            },
      ],
    };
    const calendar = parse(renderICalendar(data, { timestamp: STAMP, uidDomain: "example.org", decisions: "none" }));
    const events = calendar.children.filter((child) => child.name === "VEVENT");
    const byUid = new Map(events.map((event) => [one(event, "UID"), event]));
    const gomelEvent = byUid.get(`${gomel.id}@example.org`);
    const vitebskEvent = byUid.get(`${vitebsk.id}@example.org`);
    if (gomelEvent === undefined || vitebskEvent === undefined) throw new Error("events missing");
    expect(get(gomelEvent, "RELATED-TO")).toEqual([
      {
        name: "RELATED-TO",
        params: { RELTYPE: "SIBLING", "X-NRMKIT-SERIES": "next" },
        value: `${vitebsk.id}@example.org`,
      },
    ]);
    expect(get(vitebskEvent, "RELATED-TO").map((line) => [line.params["X-NRMKIT-SERIES"], line.value])).toEqual([
      ["previous", `${gomel.id}@example.org`],
    ]);
    // Each related UID is an event of the same calendar.
    for (const event of events) for (const line of get(event, "RELATED-TO")) expect(byUid.has(line.value)).toBe(true);
    expect(one(gomelEvent, "URL")).toBe("https://example.org/gomel");
    expect(get(vitebskEvent, "URL")).toEqual([]);
  });

  it("throws not_found for an unknown meeting and invalid_argument for a bad timestamp", () => {
    expect(() => renderICalendar(belarusTaskForces2014, { meetingIds: ["meeting-x"] })).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
    expect(() => renderICalendar(belarusTaskForces2014, { timestamp: "yesterday" })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
