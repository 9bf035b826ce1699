// Word and Excel want a language with its region ("ru-RU") to pick a spelling dictionary; a bare
// language tag gets its usual region, any other tag is kept as given.
const REGIONS: Readonly<Record<string, string>> = {
  be: "be-BY",
  en: "en-GB",
  ro: "ro-RO",
  ru: "ru-RU",
  uk: "uk-UA",
};

/** The Office language of a BCP 47 tag. */
export function wordLanguage(lang: string): string {
  const clean = lang.replace(/[^A-Za-z0-9-]/g, "");
  if (clean === "") return "en-GB";
  return REGIONS[clean.toLowerCase()] ?? clean;
}
