// A working copy of the text for the detectors: invisible characters removed and look-alike
// letters folded, so that `Ivаnov` (Cyrillic а) or `+375 29 1\u200b23-45-67` read as what they
// look like. Folding is one character for one, and only removals shift offsets, so one array maps
// every working offset back to the original text.

/** The working copy and the way back to the original offsets. */
export interface NormalizedText {
  /** The text the detectors read. */
  readonly text: string;
  /** `original[i]` is the offset in the original text of working character `i`; one more entry maps the end. */
  readonly original: readonly number[];
}

// Zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen, and the
// other invisible format characters people paste into words to split them for a matcher.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;

// Latin and Cyrillic letters that look alike, upper and lower case, as Latin → Cyrillic pairs.
const PAIRS = "AА BВ CС EЕ HН KК MМ OО PР TТ XХ IІ aа cс eе oо pр xх yу iі jј sѕ";
const TO_CYRILLIC = new Map<string, string>();
const TO_LATIN = new Map<string, string>();
for (const pair of PAIRS.split(" ")) {
  const [latin, cyrillic] = [...pair] as [string, string];
  TO_CYRILLIC.set(latin, cyrillic);
  TO_LATIN.set(cyrillic, latin);
}

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORD = /[\p{L}\p{M}]+/gu;

/** Folds the look-alike letters of a word that mixes Latin and Cyrillic into the word's main script. */
function foldWord(word: string): string {
  let latin = 0;
  let cyrillic = 0;
  let latinOnly = 0;
  let cyrillicOnly = 0;
  for (const letter of word) {
    if (LATIN.test(letter)) {
      latin++;
      if (!TO_CYRILLIC.has(letter)) latinOnly++;
    } else if (CYRILLIC.test(letter)) {
      cyrillic++;
      if (!TO_LATIN.has(letter)) cyrillicOnly++;
    }
  }
  if (latin === 0 || cyrillic === 0) return word;
  // Letters only one script has decide; when every letter has a twin, the majority does.
  const toLatin = latinOnly !== cyrillicOnly ? latinOnly > cyrillicOnly : latin >= cyrillic;
  const map = toLatin ? TO_LATIN : TO_CYRILLIC;
  let folded = "";
  for (const letter of word) folded += map.get(letter) ?? letter;
  // Only one-for-one replacements keep offsets; a letter without a twin stays as it is.
  return folded.length === word.length ? folded : word;
}

/** Builds the working copy: no invisible characters, ASCII digits, words in one script. */
export function normalizeText(text: string): NormalizedText {
  let kept = "";
  const original: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (INVISIBLE.test(char)) continue;
    const code = char.charCodeAt(0);
    // Full-width digits (U+FF10–U+FF19) and the full-width plus, at sign and full stop.
    if (code >= 0xff10 && code <= 0xff19) kept += String.fromCharCode(code - 0xff10 + 0x30);
    else if (char === "\uff0b") kept += "+";
    else if (char === "\uff20") kept += "@";
    else if (char === "\uff0e") kept += ".";
    else kept += char;
    original.push(i);
  }
  original.push(text.length);
  const folded = kept.replace(WORD, foldWord);
  return { text: folded, original };
}

/** Maps a working span back to the original text; invisible characters inside it are included. */
export function originalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { readonly start: number; readonly end: number } {
  const from = normalized.original[start] as number;
  const to = end > start ? (normalized.original[end - 1] as number) + 1 : from;
  return { start: from, end: to };
}
