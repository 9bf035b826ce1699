import { packageBuild } from "../../tsup.base.js";

// Each document format with a library behind it is its own entry point: only its users load the library.
// So is each language past en and ru (locales/): only its users carry its catalogue.
export default packageBuild({
  index: "src/index.ts",
  "docx/index": "src/docx/index.ts",
  "xlsx/index": "src/xlsx/index.ts",
  "ical/index": "src/ical/index.ts",
  "locales/index": "src/locales/index.ts",
});
