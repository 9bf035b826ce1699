// The languages of validation messages, one module each: a bundle pays only for those it imports.
// English and Russian are also built into the main entry point (found by tag); they are here too so
// that every language can be passed or registered the same way.
export { be } from "./be.js";
export { en } from "./en.js";
export { ro } from "./ro.js";
export { ru } from "./ru.js";
export { uk } from "./uk.js";
