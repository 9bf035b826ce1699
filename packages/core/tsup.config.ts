import { packageBuild } from "../../tsup.base.js";

// Demo data, the synthetic generator and the Popolo export are subpath exports, so the model never pays for them.
export default packageBuild({
  index: "src/index.ts",
  "belarus2014/index": "src/belarus2014/index.ts",
  "synthetic/index": "src/synthetic/index.ts",
  "popolo/index": "src/popolo/index.ts",
});
