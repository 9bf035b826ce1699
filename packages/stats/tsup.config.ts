import { packageBuild } from "../../tsup.base.js";

// The languages and the differentially private release are entry points of their own: only their
// users load them.
export default packageBuild({
  index: "src/index.ts",
  "locales/index": "src/locales/index.ts",
  "dp/index": "src/dp/index.ts",
});
