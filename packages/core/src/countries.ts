// ISO 3166-1 country codes as data, with nothing computed until a function asks: importing this
// module costs one string, and a bundle that never imports it pays nothing.

// Each entry is an alpha-3 code followed by its alpha-2 code, in alpha-3 order (ISO 3166-1, as
// published by the Debian iso-codes project, 249 officially assigned codes).
const PAIRS: string =
  "ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT " +
  "AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO " +
  "BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG " +
  "COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO " +
  "DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB " +
  "GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY " +
  "HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT " +
  "JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY " +
  "LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH " +
  "MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA " +
  "NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE " +
  "PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA " +
  "SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR " +
  "SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO " +
  "TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG " +
  "VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW";

/**
 * Every officially assigned ISO 3166-1 alpha-3 country code (249), in alphabetical order.
 *
 * @remarks
 * User-assigned codes such as `XKX` (used for Kosovo by several agencies) are not in the list:
 * add them yourself where you need them, e.g. `[...COUNTRIES_ALPHA3, "XKX"]`.
 *
 * @example
 * ```ts
 * import { COUNTRIES_ALPHA3 } from "@nrmkit/core";
 *
 * COUNTRIES_ALPHA3.length;
 * // => 249
 * COUNTRIES_ALPHA3.includes("BLR");
 * // => true
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export const COUNTRIES_ALPHA3: readonly string[] = /*#__PURE__*/ Object.freeze(
  PAIRS.split(" ").map((pair) => pair.slice(0, 3)),
);

let alpha3ByAlpha2: ReadonlyMap<string, string> | undefined;
let alpha2ByAlpha3: ReadonlyMap<string, string> | undefined;
let alpha3Set: ReadonlySet<string> | undefined;

function alpha2ToAlpha3Map(): ReadonlyMap<string, string> {
  alpha3ByAlpha2 ??= new Map(PAIRS.split(" ").map((pair) => [pair.slice(3), pair.slice(0, 3)] as const));
  return alpha3ByAlpha2;
}

function alpha3ToAlpha2Map(): ReadonlyMap<string, string> {
  alpha2ByAlpha3 ??= new Map(PAIRS.split(" ").map((pair) => [pair.slice(0, 3), pair.slice(3)] as const));
  return alpha2ByAlpha3;
}

/**
 * Gives the ISO 3166-1 alpha-3 code of an alpha-2 country code.
 *
 * @remarks
 * Letter case and surrounding spaces are ignored (`"by"`, `" BY "`); the result is upper case.
 * Anything that is not an assigned alpha-2 code, a non-string included, gives `undefined`, so
 * messy source data can be mapped without a try/catch.
 *
 * @param code - An alpha-2 code such as `"BY"`.
 * @returns The alpha-3 code such as `"BLR"`, or `undefined` when `code` is not an assigned alpha-2 code.
 *
 * @example
 * ```ts
 * import { alpha2ToAlpha3 } from "@nrmkit/core";
 *
 * alpha2ToAlpha3("BY");
 * // => "BLR"
 * alpha2ToAlpha3("gb");
 * // => "GBR"
 * alpha2ToAlpha3("XX");
 * // => undefined
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function alpha2ToAlpha3(code: string): string | undefined {
  if (typeof code !== "string") return undefined;
  return alpha2ToAlpha3Map().get(code.trim().toUpperCase());
}

/**
 * Gives the ISO 3166-1 alpha-2 code of an alpha-3 country code.
 *
 * @remarks
 * Letter case and surrounding spaces are ignored; the result is upper case. Anything that is not
 * an assigned alpha-3 code, a non-string included, gives `undefined`.
 *
 * @param code - An alpha-3 code such as `"BLR"`.
 * @returns The alpha-2 code such as `"BY"`, or `undefined` when `code` is not an assigned alpha-3 code.
 *
 * @example
 * ```ts
 * import { alpha3ToAlpha2 } from "@nrmkit/core";
 *
 * alpha3ToAlpha2("BLR");
 * // => "BY"
 * alpha3ToAlpha2("ZZZ");
 * // => undefined
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function alpha3ToAlpha2(code: string): string | undefined {
  if (typeof code !== "string") return undefined;
  return alpha3ToAlpha2Map().get(code.trim().toUpperCase());
}

/**
 * Tells whether a value is an officially assigned ISO 3166-1 alpha-3 country code, written in
 * upper case as the standard writes it.
 *
 * @param value - Anything.
 * @returns `true` for a code in {@link COUNTRIES_ALPHA3}, such as `"BLR"`; `false` otherwise
 * (`"blr"`, `"BY"`, `"ZZZ"`, non-strings).
 *
 * @example
 * ```ts
 * import { isCountryCode } from "@nrmkit/core";
 *
 * isCountryCode("BLR");
 * // => true
 * isCountryCode("ZZZ");
 * // => false
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function isCountryCode(value: unknown): value is string {
  alpha3Set ??= new Set(COUNTRIES_ALPHA3);
  return typeof value === "string" && alpha3Set.has(value);
}

// Codes in use for a territory that ISO 3166-1 has not assigned: Kosovo is XK/XKX for the EU, IOM,
// the IMF and CTDC. Case data keeps them instead of folding a known country into "unknown".
const USER_ASSIGNED: ReadonlyMap<string, string> = new Map([["XKX", "XK"]]);

/**
 * Tells whether a value is a country code that case records accept: an assigned ISO 3166-1
 * alpha-3 code, or `XKX` (Kosovo, user-assigned, written `XK` in CTDC files).
 *
 * @param value - Anything.
 * @returns `true` for `"BLR"` or `"XKX"`; `false` for `"ZZZ"`, `"XXA"`, `"blr"` and non-strings.
 *
 * @example
 * ```ts
 * import { isCaseCountryCode } from "@nrmkit/core";
 *
 * isCaseCountryCode("XKX");
 * // => true
 * isCaseCountryCode("ZZZ");
 * // => false
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function isCaseCountryCode(value: unknown): value is string {
  return isCountryCode(value) || (typeof value === "string" && USER_ASSIGNED.has(value));
}

/**
 * Gives the alpha-2 code of a case-record country code, `XK` for `XKX` included.
 *
 * @param code - An alpha-3 code such as `"BLR"` or `"XKX"`.
 * @returns `"BY"`, `"XK"`, or `undefined` for a code with no alpha-2 form.
 *
 * @example
 * ```ts
 * import { caseCountryToAlpha2 } from "@nrmkit/core";
 *
 * caseCountryToAlpha2("NAM");
 * // => "NA"
 * caseCountryToAlpha2("XKX");
 * // => "XK"
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function caseCountryToAlpha2(code: string): string | undefined {
  if (typeof code !== "string") return undefined;
  return alpha3ToAlpha2(code) ?? USER_ASSIGNED.get(code.trim().toUpperCase());
}

/**
 * Gives the case-record country code of an alpha-2 code, `XKX` for `XK` included.
 *
 * @param code - An alpha-2 code such as `"BY"`, `"NA"` (Namibia) or `"XK"`; case and spaces are ignored.
 * @returns `"BLR"`, `"NAM"`, `"XKX"`, or `undefined` for a code nobody assigned.
 *
 * @example
 * ```ts
 * import { caseCountryFromAlpha2 } from "@nrmkit/core";
 *
 * caseCountryFromAlpha2("NA");
 * // => "NAM"
 * caseCountryFromAlpha2("XK");
 * // => "XKX"
 * caseCountryFromAlpha2("QQ");
 * // => undefined
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function caseCountryFromAlpha2(code: string): string | undefined {
  if (typeof code !== "string") return undefined;
  const upper = code.trim().toUpperCase();
  const official = alpha2ToAlpha3(upper);
  if (official !== undefined) return official;
  for (const [alpha3, alpha2] of USER_ASSIGNED) if (alpha2 === upper) return alpha3;
  return undefined;
}

/**
 * Suggests the case-record country code that a wrong one most likely meant.
 *
 * @remarks
 * In order: the same code in upper case or without spaces (`"blr"`), the alpha-3 code of an
 * alpha-2 code (`"BY"`), two swapped letters (`"BRL"`), then the only code one letter away.
 * No guess when several codes are equally close (`"ZZZ"`).
 *
 * @param value - A code that {@link isCaseCountryCode} rejected.
 * @returns A code that it accepts, or `undefined` when no code is clearly meant.
 *
 * @example
 * ```ts
 * import { nearestCountryCode } from "@nrmkit/core";
 *
 * nearestCountryCode("BY");
 * // => "BLR"
 * nearestCountryCode("BRL");
 * // => "BLR"
 * nearestCountryCode("ZZZ");
 * // => undefined
 * ```
 *
 * @category Countries
 * @since 0.1.0
 */
export function nearestCountryCode(value: string): string | undefined {
  // Untyped callers may pass anything; a long string is no code.
  if (typeof value !== "string" || (value as string).length > 16) return undefined;
  const upper = value.trim().toUpperCase();
  const accepted = (code: string): boolean => isCaseCountryCode(code);
  if (accepted(upper)) return upper;
  if (upper.length === 2) return caseCountryFromAlpha2(upper);
  if (!/^[A-Z]{3}$/.test(upper)) return undefined;
  const codes = [...COUNTRIES_ALPHA3, ...USER_ASSIGNED.keys()];
  const [a, b, c] = upper as unknown as [string, string, string];
  for (const swapped of [b + a + c, a + c + b]) if (swapped !== upper && accepted(swapped)) return swapped;
  const near = codes.filter(
    (code) => (code[0] !== a ? 1 : 0) + (code[1] !== b ? 1 : 0) + (code[2] !== c ? 1 : 0) === 1,
  );
  return near.length === 1 ? near[0] : undefined;
}
