import { packageBuild } from "../../tsup.base.js";

// The CTDC and HTCDS layouts are entry points of their own: only their users load the XLSX reader.
export default packageBuild({
  index: "src/index.ts",
  "ctdc/index": "src/ctdc/index.ts",
  "htcds/index": "src/htcds/index.ts",
});
