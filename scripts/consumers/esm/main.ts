// ESM consumer (node16). Besides the scenario, it loads the CJS build next to the ESM one, as an
// app does when a CommonJS dependency requires nrmkit, and checks each recognises the other's errors.
import { createRequire } from "node:module";
import * as core from "@nrmkit/core";
import * as validation from "@nrmkit/validation";
import { scenario } from "./scenario.js";

const require = createRequire(import.meta.url);
const cjsCore = require("@nrmkit/core") as typeof core;
const cjsValidation = require("@nrmkit/validation") as typeof validation;
if (cjsCore.NrmkitError === core.NrmkitError) throw new Error("expected two copies: the ESM and the CJS build");

const fromEsm = new core.NrmkitError("not_found", "x");
if (!cjsCore.isNrmkitError(fromEsm, "not_found") || !(fromEsm instanceof cjsCore.NrmkitError)) {
  throw new Error("the CJS build does not recognise an error of the ESM build");
}
let fromCjs: unknown;
try {
  cjsValidation.parseCaseRecord({});
} catch (error) {
  fromCjs = error;
}
if (
  !validation.isValidationError(fromCjs) ||
  !(fromCjs instanceof validation.ValidationError) ||
  !core.isNrmkitError(fromCjs)
) {
  throw new Error("the ESM build does not recognise a ValidationError of the CJS build");
}

console.log(["esm (node16) ok; ESM and CJS builds recognise each other's errors", ...scenario()].join("\n  "));
