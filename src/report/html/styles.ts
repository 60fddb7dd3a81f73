// The HTML report's inline stylesheet: screen, narrow screens (phones) and print. System fonts only: nothing is fetched.

/*
 * Colours are chosen for WCAG AA: body text #101828 and secondary text #475467 on white (7:1 and
 * more), every badge's text on its own tint at 4.5:1 or better, and status always spelled out in
 * words beside its colour. Print keeps the tints (print-color-adjust) so badges stay legible on paper.
 */
export const STYLES = `
:root{--ink:#101828;--muted:#475467;--line:#d0d5dd;--soft:#f5f7fa;--brand:#16324f;--accent:#0b5f7a;
--good:#067647;--fair:#b54708;--poor:#b42318;color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{font-size:15px;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#eef1f5;color:var(--ink);font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans","DejaVu Sans",sans-serif;overflow-wrap:break-word}
/* One column for cover and sections alike. */
.page{max-width:1180px;margin:0 auto;padding:24px 24px 8px}
h1,h2,h3{line-height:1.2;color:var(--brand)}
h2{font-size:1.5rem;margin:0 0 .5rem;padding-bottom:.4rem;border-bottom:2px solid var(--brand)}
h3{font-size:1.05rem;margin:1.4rem 0 .6rem}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font:0.86em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;background:var(--soft);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
.hash{font-size:.8em;word-break:break-all}
.seg{white-space:nowrap}
.muted{color:var(--muted)}
.muted-strong{color:var(--muted);font-size:.9em}
.nowrap{white-space:nowrap}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:8px 12px}
.skip:focus{left:8px;z-index:2}
.cover{background:var(--brand);color:#fff;padding:40px 40px 0;margin:0 0 24px;border-radius:10px;overflow:hidden}
.cover h1{color:#fff;font-size:2.4rem;margin:.1rem 0 .6rem;letter-spacing:-.01em}
.cover .kicker{margin:0;text-transform:uppercase;letter-spacing:.12em;font-size:.8rem;font-weight:600;color:#d7e3f0}
.cover .subtitle{margin:0 0 1.4rem;font-size:1.1rem;color:#e8eef5}
.cover .prepared{font-weight:600;color:#fff}
.cover .logo{display:block;max-height:72px;max-width:240px;margin-bottom:20px;background:#fff;padding:8px;border-radius:6px}
.meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(210px,1fr));gap:12px 28px;margin:0;padding:18px 0 0;border-top:1px solid #3d5a7a}
.meta dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:#c9d6e4}
.meta dd{margin:2px 0 0;color:#fff}
.meta code{background:#0f2438;color:#fff}
.meta div:last-child{grid-column:1/-1}
.cover .notice{margin:22px 0 0}
.at-a-glance{margin:22px 0 0;padding:16px 20px;background:#fff;color:var(--ink);border-radius:6px;font-size:1.05rem;max-width:90ch}
.at-a-glance p{margin:.4rem 0}.at-a-glance ul{margin:.2rem 0 .4rem;padding-left:1.3rem}
.at-a-glance .verdict{margin-top:0;font-size:1.2rem}.at-a-glance .scale{font-size:.85rem;color:var(--muted)}
.at-a-glance .attention-title{font-weight:700;margin-bottom:0}
.cover .meta{margin-top:22px}
.why{margin:0 0 .4rem}.why:last-child{margin-bottom:0}
.confidential{margin:22px 0 0;font-size:.85rem;color:#d7e3f0}
.toc{margin:24px -40px 0;background:#0f2438}
.toc ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 22px;padding:12px 40px;margin:0}
.toc a{color:#fff;text-decoration:none;font-weight:600;font-size:.9rem}
.toc a:hover{text-decoration:underline}
.toc a:focus-visible{outline-color:#fff}
.notice{background:#fffaeb;border:1px solid #fedf89;border-left:6px solid var(--fair);color:#4e1d09;padding:14px 18px;border-radius:6px;font-size:1rem}
.sect{background:#fff;padding:28px 32px;margin:0 0 24px;border-radius:10px;box-shadow:0 1px 2px rgba(16,24,40,.06)}
.lead{margin:.2rem 0 1rem;max-width:78ch}
.summary-grid{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:20px;align-items:start}
.col{display:grid;gap:20px}
.card{border:1px solid var(--line);border-radius:8px;padding:18px 20px;background:#fff}
.card>h3:first-child{margin-top:0}
.score-card{text-align:center}
.gauge{width:100%;max-width:300px;display:block;margin:0 auto}
.gauge-track{fill:none;stroke:#e4e7ec;stroke-width:20;stroke-linecap:round}
.gauge-value{fill:none;stroke-width:20;stroke-linecap:round}
.gauge-value.tone-good{stroke:var(--good)}.gauge-value.tone-fair{stroke:var(--fair)}.gauge-value.tone-poor{stroke:var(--poor)}
.gauge-tick{stroke:#fff;stroke-width:2}
.gauge-number{font-size:40px;font-weight:700;text-anchor:middle;fill:var(--ink)}
.gauge-unit{font-size:12px;text-anchor:middle;fill:var(--muted)}
.gauge-end{font-size:11px;text-anchor:middle;fill:var(--muted)}
.grade-line{display:flex;justify-content:center;align-items:center;gap:14px;margin:6px 0 10px}
.grade{display:inline-flex;align-items:center;justify-content:center;width:64px;height:64px;border-radius:12px;font-size:2.4rem;font-weight:800;color:#fff}
.grade.tone-good{background:var(--good)}.grade.tone-fair{background:var(--fair)}.grade.tone-poor{background:var(--poor)}
.grade-caption{text-align:left;font-weight:700;font-size:1.1rem}
.cap-note{font-size:.9rem;background:#fef3f2;border:1px solid #fecdca;color:#7a271a;border-radius:6px;padding:8px 12px;text-align:left}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(92px,1fr));gap:8px;margin:0}
.tile{border-radius:6px;padding:8px 10px;border:1px solid transparent}
.tile dt{font-size:.8rem;font-weight:600}
.tile dd{margin:0;font-size:1.5rem;font-weight:700}
.top{margin:0;padding-left:1.3rem}
.top li{margin:0 0 .55rem}
.areas .area-chart{width:100%;max-width:460px;display:block}
.bar-label{font-size:13px;fill:var(--ink);font-weight:600}
.bar-note{font-size:11px;fill:var(--muted);text-anchor:end}
.bar-value{font-size:13px;font-weight:700;fill:var(--ink);text-anchor:end}
.bar-track{fill:#e4e7ec}
.bar.tone-good{fill:var(--good)}.bar.tone-fair{fill:var(--fair)}.bar.tone-poor{fill:var(--poor)}
.chart-note{font-size:.85rem;color:var(--muted);margin:.6rem 0 0}
.badge,.sev{display:inline-block;font-size:.78rem;font-weight:700;line-height:1.3;padding:2px 8px;border-radius:999px;white-space:nowrap;border:1px solid transparent}
.st-fail,.st-error{background:#fee4e2;color:#912018;border-color:#fecdca}
.st-warn{background:#fef0c7;color:#7a2e0e;border-color:#fedf89}
.st-manual{background:#d1e9ff;color:#194185;border-color:#b2ddff}
.st-waived{background:#ebe9fe;color:#4a1fb8;border-color:#d9d6fe}
.st-alternative{background:#ccfbef;color:#125d56;border-color:#99f6e0}
.st-pass{background:#dcfae6;color:#05603a;border-color:#abefc6}
.st-not_applicable{background:#eaecf0;color:#344054;border-color:#d0d5dd}.st-not_judged{background:#f2f4f7;color:#344054;border-color:#d0d5dd;border-style:dashed}
.sev{border-radius:4px;background:#fff}
/* Obligation: outlined, not filled, so it never reads as a status. */
.obl{display:inline-block;font-size:.72rem;font-weight:600;line-height:1.3;padding:1px 6px;border-radius:4px;white-space:nowrap;background:#fff;border:1px dashed currentColor}
.obl-required{color:#16324f}.obl-addressable{color:#0b5f7a}.obl-practice{color:#475467}.obl-state{color:#6b3f00}
.obl-note{margin:.35rem 0;font-size:.85rem;color:var(--muted)}
.disclaimer{margin:22px 0 0;padding:12px 16px;background:#fff;color:var(--ink);border-radius:6px;font-size:.95rem;max-width:90ch}
.sev-critical{background:#912018;color:#fff}
.sev-high{color:#912018;border-color:#d92d20}
.sev-medium{color:#7a2e0e;border-color:#dc6803}
.sev-low{color:#344054;border-color:#98a2b3}
.tag-new{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;background:#16324f;color:#fff;padding:1px 6px;border-radius:4px;vertical-align:1px}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left}
th,td{padding:10px 12px;text-align:left;vertical-align:top;border-bottom:1px solid #e4e7ec}
thead th{background:#f2f4f7;color:#344054;font-size:.78rem;text-transform:uppercase;letter-spacing:.05em;border-bottom:1px solid var(--line)}
tbody tr:last-child td{border-bottom:0}
td.wide{min-width:16rem}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.subject{display:block;font-size:1rem}
.check-title{display:block;color:#344054;font-weight:600;margin-top:2px}
.msg{margin:.35rem 0}
.check-id{display:block;width:fit-content;margin-top:4px;font-size:.75rem;color:#344054}
.findings tr.row-fail td:first-child,.findings tr.row-error td:first-child{box-shadow:inset 4px 0 0 var(--poor)}
.findings tr.row-warn td:first-child{box-shadow:inset 4px 0 0 var(--fair)}
.pages tr.row-fail td:first-child{box-shadow:inset 4px 0 0 var(--poor)}
.visit{margin:.2rem 0 .6rem}.page-counts{margin:.2rem 0 .6rem;color:var(--muted)}.page-counts-warn{color:#7a2e0e;font-weight:600}
.tp-advertising,.tp-social{color:#7a2e0e;font-weight:700}.host{font-size:.8rem}.credit{margin-top:1rem}
.attest{margin:.4rem 0;padding:6px 10px;background:var(--soft);border-left:3px solid var(--accent);border-radius:0 6px 6px 0;font-size:.85rem}
.attest-alternative{background:#f0fdf9;border-left-color:#125d56}
.checklist td.decided{font-size:.8rem;min-width:12rem}
.conflict{margin:.4rem 0;padding:6px 10px;background:#fef3f2;border:1px solid #fecdca;color:#7a271a;border-radius:6px;font-size:.88rem}
.cite{white-space:nowrap}
.loc{font-size:.8rem;overflow-wrap:normal;word-break:normal}
.loc-line{display:block;margin-top:6px}
td.refs{min-width:10.5rem}
.badges .sev,.badges .obl{margin-top:6px}
.compact,.manual{font-size:.84rem}
.manual th,.manual td{padding:7px 10px}
.compact th,.compact td{padding:5px 10px}
.checklist tr.group th{background:#e9eef5;color:var(--brand);font-size:.85rem;text-transform:none;letter-spacing:0;padding:8px 10px}
.checklist tr.spec td:nth-child(2){padding-left:1.6rem}
.checklist tr.standard td:nth-child(2){font-weight:600}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:10px;margin:0 0 1rem}
.stat{border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.stat dt{font-size:.8rem;color:var(--muted);font-weight:600}
.stat dd{margin:2px 0 0;font-size:1.2rem;font-weight:700}
.delta{font-weight:700;white-space:nowrap}.delta.up{color:var(--good)}.delta.down{color:var(--poor)}
.letter{font-weight:800;font-size:1.1rem}
.url{font-size:.85rem}
.formula{font-size:.9rem;background:var(--soft);padding:10px 14px;border-radius:6px;max-width:90ch}
.page-foot{padding:0 24px 32px;color:var(--muted);font-size:.85rem;text-align:center}
@media screen and (max-width:900px){.summary-grid{grid-template-columns:minmax(0,1fr)}}
@media screen and (max-width:720px){
.page{padding:0 0 8px}
.cover{border-radius:0;padding:24px 18px 0;margin-bottom:12px}
.toc{margin:20px -18px 0}
.toc ul{padding:10px 18px}
.sect{border-radius:0;margin-bottom:12px}
.cover h1{font-size:1.8rem}
.sect{padding:20px 14px}
.card{padding:14px}
td.wide{min-width:0}
.reflow,.reflow tbody,.reflow tr,.reflow td{display:block;width:100%}
.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.reflow tr{border-bottom:1px solid var(--line);padding:8px 0}
.reflow tbody tr:last-child{border-bottom:0}
.reflow td{border:0;padding:4px 12px}
.reflow td::before{content:attr(data-label);display:block;font-size:.72rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.findings td.badges::before,.findings td:nth-child(2)::before{content:none}
.badges br{display:none}
.badges .sev,.badges .obl{margin:0 0 0 6px}
.findings tr.row-fail td:first-child,.findings tr.row-error td:first-child,.findings tr.row-warn td:first-child{box-shadow:none}
.findings tr.row-fail,.findings tr.row-error{box-shadow:inset 4px 0 0 var(--poor)}
.findings tr.row-warn{box-shadow:inset 4px 0 0 var(--fair)}
.pages tr.row-fail td:first-child{box-shadow:none}.pages tr.row-fail{box-shadow:inset 4px 0 0 var(--poor)}
}
@page{size:auto;margin:16mm 14mm 18mm}
@page{@bottom-left{font:8pt system-ui,sans-serif;color:#475467}@bottom-right{font:8pt system-ui,sans-serif;color:#475467}}
@media print{
html{font-size:12px}
body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.page{max-width:none;padding:0}
.toc,.skip,.page-foot{display:none}
.cover{border-radius:0;margin:0;padding:24mm 10mm 10mm;min-height:235mm;break-after:page}
.cover h1{font-size:28pt}
.sect{padding:0;margin:0;border-radius:0;box-shadow:none;break-before:page}
.sect-first{break-before:auto}
.sect-minor{break-before:auto;margin-top:12mm}
h2,h3{break-after:avoid}
h2{font-size:16pt;padding-top:2mm}
.card,.stat,.tile,.notice,.cap-note,.disclaimer,.at-a-glance{break-inside:avoid}
tr,.top li{break-inside:avoid}
thead{display:table-header-group}
.table-wrap{overflow:visible;border:0;border-radius:0}
thead th{border-top:1px solid var(--line)}
tbody tr:last-child td{border-bottom:1px solid #e4e7ec}
a{color:inherit;text-decoration:none}
a[href^="#"]::after{content:none}
a[href^="http"]:not(.cite)::after{content:" (" attr(href) ")";font-size:.85em;color:#475467}
.summary-grid{grid-template-columns:minmax(0,1fr)}
.col{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
.areas .area-chart{max-width:100mm}
.cover{background:#fff;color:var(--ink);border-top:10px solid var(--brand)}
.cover h1{color:var(--brand)}
.cover .kicker{color:var(--accent)}
.cover .subtitle,.cover .prepared,.meta dd{color:var(--ink)}
.meta{border-top-color:var(--line)}
.meta dt,.confidential{color:var(--muted)}
.disclaimer,.at-a-glance{border:1px solid var(--line);padding:8px 12px}
.meta code{background:var(--soft);color:var(--ink)}
.cover .logo{padding:0}
.top+p{display:none}
td.wide{min-width:0}
th,td{padding:6px 8px}
.compact th,.compact td{padding:3px 8px}
}
`;
