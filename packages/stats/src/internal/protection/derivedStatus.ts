import { type CellStatus, isSuppressedStatus, type StatCell } from "../../statTable.js";

/**
 * The status of a value computed from several cells: a missing input makes it not applicable, a
 * hidden one hides it with that input's status, a rounded one makes it rounded. A derived value
 * then reveals nothing its inputs do not.
 */
export function derivedStatus(cells: readonly (StatCell | undefined)[]): CellStatus {
  let rounded = false;
  for (const cell of cells) {
    // A missing cell must not read as 0: that would publish a value the table never showed.
    if (cell === undefined) return "not_applicable";
    if (isSuppressedStatus(cell.status)) return cell.status;
    if (cell.value === null) return "not_applicable";
    if (cell.status === "rounded") rounded = true;
  }
  return rounded ? "rounded" : "published";
}

/** Whether a derived status leaves no value to show. */
export function isHiddenOrMissing(status: CellStatus): boolean {
  return isSuppressedStatus(status) || status === "not_applicable";
}
