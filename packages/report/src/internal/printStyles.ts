/**
 * The print half of the HTML stylesheet: A4 pages that read like a document.
 *
 * Headings and captions stay with what follows them, rows and list items never split, table
 * headers repeat on every page, and nothing big is `break-inside: avoid`: a whole table or a long
 * definition list that may not break would be pushed to the next page, leaving the first one
 * nearly empty (the decision tracker printed 15 pages for 20 decisions that way).
 */
export const PRINT_STYLES = `
@page{size:A4;margin:16mm 16mm 18mm}
@media print{
body{font:10pt/1.35 Arial,"Liberation Sans",Helvetica,sans-serif}
main{max-width:none;padding:0}
h1{font-size:16pt;margin:0 0 8pt}
h2{font-size:13pt;margin:14pt 0 6pt}
h3{font-size:11pt;margin:10pt 0 4pt}
p{orphans:3;widows:3}
a{color:inherit;text-decoration:none}
h1,h2,h3{break-after:avoid;break-inside:avoid}
caption,dt{break-after:avoid}
tr,li,dt,dd,.note,figure,.footnotes p{break-inside:avoid}
.table-wrap{overflow:visible;margin:6pt 0}
table{width:100%;table-layout:fixed;font-size:9pt;line-height:1.25}
th,td{padding:2pt 4pt;overflow-wrap:break-word}
thead{display:table-header-group}
tfoot{display:table-footer-group}
thead th{background:#f2f2f2;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.footnotes{font-size:8.5pt}
figure{margin:6pt 0}
figure svg{width:auto;max-width:100%;max-height:8.5cm}
.fallback-marker{background:none;border:1px solid #999}
}
`.trim();
