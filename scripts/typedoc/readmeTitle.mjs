// TypeDoc plugin: the landing page shows the project name as its title already, so the README's
// own first heading (`# nrmkit`) is dropped from the site (it stays in the README on GitHub and npm).
// Done when rendering starts: with the "packages" strategy the README joins the merged project late.
import { RendererEvent } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    const first = event.project.readme?.[0];
    if (first?.kind === "text") first.text = first.text.replace(/^\s*# [^\n]*\n+/, "");
  });
}
