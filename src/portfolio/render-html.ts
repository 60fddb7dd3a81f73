// The portfolio index as one self-contained HTML page: a table linking each practice's own report.
// No script, no remote resource (the Content-Security-Policy forbids both); every string escaped.
import { esc } from '../report/html/escape.js';
import type { PortfolioIndex, PracticeEntry } from './model.js';
import { gated, gateWord, hasTrend, headline, trendWord, whenDue } from './render.js';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1f24}
h1{font-size:1.5rem;margin:0 0 .25rem}p.sub{color:#57606a;margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.45rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
.grade{display:inline-block;min-width:1.6em;text-align:center;border-radius:4px;font-weight:700;color:#fff}
.gA{background:#1a7f37}.gB{background:#4c9a2a}.gC{background:#bf8700}.gD{background:#d1600b}.gF{background:#cf222e}
.sev{font-size:.8em;text-transform:uppercase;font-weight:600}.critical{color:#cf222e}.high{color:#d1600b}.medium{color:#9a6700}.low{color:#57606a}
ul{margin:0;padding-left:1.1rem}code{font-size:.9em}.fail{color:#cf222e;font-weight:700}.error{color:#cf222e}
`;

const list = (items: string[], empty: string): string => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : esc(empty));

function row(index: PortfolioIndex, p: PracticeEntry): string {
  const f = p.failures;
  const top = p.top.map((t) => `<span class="sev ${esc(t.severity)}">${esc(t.severity)}</span> ${esc(t.title)} — ${esc(t.subject)}`);
  const due = (p.due ?? []).map((d) => `${esc(whenDue(d))}: ${esc(d.title)} — ${esc(d.subject)}`);
  const gate = gateWord(index, p);
  return `<tr>
<td><a href="${esc(encodeURI(p.reports.html))}">${esc(p.practice)}</a><br><small><a href="${esc(encodeURI(p.reports.json))}">JSON</a> · <a href="${esc(encodeURI(p.reports.markdown))}">Markdown</a></small></td>
<td><code>${esc(p.stack)}</code></td>
<td class="num">${esc(p.score.toFixed(1))}</td>
<td><span class="grade g${esc(p.grade)}">${esc(p.grade)}</span></td>
${hasTrend(index) ? `<td>${esc(trendWord(p))}</td>\n` : ''}<td class="num">${f.critical}</td><td class="num">${f.high}</td><td class="num">${f.medium}</td><td class="num">${f.low}</td>
<td>${list(top, 'none')}</td>
<td>${p.due === null ? 'n/a' : list(due, 'nothing within 90 days')}</td>
${gated(index) ? `<td${gate === 'FAIL' ? ' class="fail"' : ''}>${esc(gate)}</td>` : ''}
</tr>`;
}

export function renderIndexHtml(index: PortfolioIndex): string {
  const unreadable = index.unreadable.length
    ? `<h2>Could not be read</h2><ul>${index.unreadable.map((u) => `<li class="error"><code>${esc(u.error)}</code></li>`).join('')}</ul>`
    : '';
  const notes = index.notes.map((n) => `<p class="sub">${esc(n)}</p>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HIPAA portfolio</title>
<style>${STYLE}</style>
</head>
<body>
<h1>HIPAA portfolio</h1>
<p class="sub">${esc(headline(index))} · generated ${esc(index.generatedAt.slice(0, 10))} by hipaa-hero ${esc(index.tool.version)}</p>
<table>
<thead><tr><th>Practice</th><th>Stack file</th><th>Score</th><th>Grade</th>${hasTrend(index) ? '<th>Trend</th>' : ''}<th>Crit</th><th>High</th><th>Med</th><th>Low</th><th>Top findings</th><th>Falls due next</th>${gated(index) ? '<th>Gate</th>' : ''}</tr></thead>
<tbody>
${index.practices.map((p) => row(index, p)).join('\n')}
</tbody>
</table>
${unreadable}
${notes}
</body>
</html>
`;
}
