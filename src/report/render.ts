// Every output format, rendered from the report model alone, each reporter loaded only when asked for.
import type { Report } from './schema.js';
import type { Content } from '../write-file.js';
import type { PageBrowser } from '../gather/page-visit.js';
import type { PdfPrinter } from './pdf-printer.js';

export const FORMATS = ['text', 'json', 'markdown', 'html', 'pdf', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderSettings {
  /** Colour in the text report (a terminal only). */
  color: boolean;
  /** Terminal width for the text report. */
  width: number;
  /** The cover of the HTML and PDF reports. */
  preparedBy?: string;
  logo?: { mediaType: string; base64: string };
  /** The Chromium that prints the PDF. */
  chromium?: string;
  /** The run's page browser: the PDF is printed there when it is already running. */
  browser?: PageBrowser;
  /** The PDF's own Chromium, started early (startPdf) so that its start overlaps the audit. */
  pdfPrinter?: PdfPrinter;
}

/** One report in several formats: the PDF is printed from the same HTML the html format gets. */
export async function renderFormats(
  requests: ReadonlyArray<{ format: Format; settings: RenderSettings }>,
  report: Report,
): Promise<Content[]> {
  let html: string | undefined;
  const rendered: Content[] = [];
  for (const { format, settings } of requests) {
    if (format === 'html' || format === 'pdf') {
      html ??= (await import('./html/index.js')).renderHtml(report, cover(settings));
      rendered.push(format === 'html' ? html : await printPdf(html, report, settings));
    } else {
      rendered.push(await renderFormat(format, report, settings));
    }
  }
  return rendered;
}

async function printPdf(html: string, report: Report, settings: RenderSettings): Promise<Uint8Array> {
  const { renderPdf } = await import('./pdf.js');
  return renderPdf(html, {
    ...(settings.chromium !== undefined ? { chromium: settings.chromium } : {}),
    ...(settings.browser !== undefined ? { browser: settings.browser } : {}),
    ...(settings.pdfPrinter !== undefined ? { printer: settings.pdfPrinter } : {}),
    date: report.generatedAt,
  });
}

async function renderFormat(format: Format, report: Report, settings: RenderSettings): Promise<Content> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).renderText(report, { color: settings.color, width: settings.width });
    case 'json':
      return (await import('./json.js')).renderJsonContent(report);
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(report);
    case 'sarif':
      return (await import('./sarif.js')).renderSarif(report);
    case 'junit':
      return (await import('./junit.js')).renderJunit(report);
    case 'html':
      return (await import('./html/index.js')).renderHtml(report, cover(settings));
    case 'pdf':
      return printPdf((await import('./html/index.js')).renderHtml(report, cover(settings)), report, settings);
  }
}

const cover = (s: RenderSettings) => ({
  ...(s.preparedBy !== undefined ? { preparedBy: s.preparedBy } : {}),
  ...(s.logo !== undefined ? { logo: s.logo } : {}),
});
