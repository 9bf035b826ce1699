// Bundler consumer (moduleResolution bundler), bundled by esbuild.
import { scenario } from "./scenario.js";

console.log(["bundler ok", ...scenario()].join("\n  "));
