import { packageBuild } from "../../tsup.base.js";

// The CTDC and HTCDS layouts are entry points of their own: only their users load the XLSX reader.
// The languages beyond English and Russian are one too (as date-fns/locale): a bundle carries only
// the languages it imports.
export default packageBuild({
  index: "src/index.ts",
  "ctdc/index": "src/ctdc/index.ts",
  "htcds/index": "src/htcds/index.ts",
  "locales/index": "src/locales/index.ts",
  "popolo/index": "src/popolo/index.ts",
});
