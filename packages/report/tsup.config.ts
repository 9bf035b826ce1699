import { packageBuild } from "../../tsup.base.js";

// Each document format with a library behind it is its own entry point: only its users load the library.
export default packageBuild({
  index: "src/index.ts",
  "docx/index": "src/docx/index.ts",
  "xlsx/index": "src/xlsx/index.ts",
  "ical/index": "src/ical/index.ts",
});
