import { type ChartLayout, textWidth } from "./chartLayout.js";

/** A value to label at a point of a line chart. */
export interface PointLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** Where a label's text goes: its centre and baseline. */
export interface LabelPlace {
  readonly x: number;
  readonly baseline: number;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

// 11 px text as browsers lay it out: ascent about 10.5 px above the baseline, descent 3.5 below.
const ASCENT = 11;
const DESCENT = 4;
// The drawn title sits on y = 20 at 14 px: nothing may reach above this line.
const BELOW_TITLE = 26;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function textBox(x: number, baseline: number, text: string): Box {
  const half = textWidth(text, 11) / 2 + 1;
  return { left: x - half, right: x + half, top: baseline - ASCENT, bottom: baseline + DESCENT };
}

/**
 * Places the value labels of a line chart so that none overlaps another, a point, a hidden-value
 * marker, the title, the axis or the legend, and none leaves the chart: each label goes above its
 * point, else below it, else is left out (the chart's description still lists every value).
 * Labels are placed category by category, highest value first, so the top line keeps its labels.
 *
 * @param points - The labels of every series, in any order.
 * @param hidden - Horizontal centres of the hidden-value markers on the axis.
 */
export function placeLineLabels(
  layout: ChartLayout,
  points: readonly PointLabel[],
  hidden: readonly number[],
  titleShown: boolean,
  legendShown: boolean,
): (LabelPlace | null)[] {
  const top = titleShown ? BELOW_TITLE : 2;
  const right = legendShown ? layout.legendX - 4 : layout.width - 2;
  const taken: Box[] = [
    ...points.map((point) => ({ left: point.x - 4, right: point.x + 4, top: point.y - 4, bottom: point.y + 4 })),
    ...hidden.map((x) => textBox(x, layout.bottom - 4, "*")),
  ];
  const fits = (box: Box): boolean =>
    box.left >= 2 && box.right <= right && box.top >= top && box.bottom <= layout.bottom - 1;
  const order = points
    .map((point, index) => ({ point, index }))
    .sort((a, b) => a.point.x - b.point.x || a.point.y - b.point.y);
  const places: (LabelPlace | null)[] = points.map(() => null);
  for (const { point, index } of order) {
    for (const baseline of [point.y - 7, point.y + 15]) {
      const box = textBox(point.x, baseline, point.text);
      if (fits(box) && !taken.some((other) => overlaps(box, other))) {
        taken.push(box);
        places[index] = { x: point.x, baseline };
        break;
      }
    }
  }
  return places;
}
