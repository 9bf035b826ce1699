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
