import { packageBuild } from "../../tsup.base.js";

// The languages are an entry point of their own: only their users load be, uk and ro.
export default packageBuild({
  index: "src/index.ts",
  "locales/index": "src/locales/index.ts",
});
