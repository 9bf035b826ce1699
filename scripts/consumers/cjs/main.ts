// CommonJS consumer (node16): compiled to require() calls, resolves the "require" conditions.
import { scenario } from "./scenario.js";

console.log(["cjs (node16) ok", ...scenario()].join("\n  "));
