import { sanitiseSvg } from './htmlReportSvg';

/** One part of the report; every field is optional but the heading. */
export interface ReportSection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly table?: {
    readonly headers: readonly string[];
    readonly rows: readonly (readonly (string | number)[])[];
  };
  /** A chart already serialised as SVG; sanitised before it is inlined. */
  readonly svg?: string;
}

export interface HtmlReportInput {
  readonly title: string;
  readonly lang: 'en' | 'zh';
  readonly sections: readonly ReportSection[];
}

/** Nothing may load or run: inline styles only, images only from data: URLs. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1f2933;line-height:1.5}
h1{font-size:1.6rem;margin-bottom:1.5rem}h2{font-size:1.2rem;margin-top:2rem;
border-bottom:1px solid #d9dee3;padding-bottom:.25rem}
table{border-collapse:collapse;margin:.75rem 0;font-size:.9rem}
th,td{border:1px solid #d9dee3;padding:.3rem .6rem;text-align:left}
th{background:#f3f5f7}td.number{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
@media print{body{margin:0;max-width:none}section{break-inside:avoid}}
`;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function cellHtml(cell: string | number, tag: 'td' | 'th'): string {
  if (typeof cell === 'number') {
    const text = Number.isFinite(cell) ? String(cell) : '';
    return `<${tag} class="number">${text}</${tag}>`;
  }
  return `<${tag}>${escapeHtml(cell)}</${tag}>`;
}

function tableHtml(table: NonNullable<ReportSection['table']>): string {
  const head = table.headers.map((header) => cellHtml(header, 'th')).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell) => cellHtml(cell, 'td')).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function sectionHtml(section: ReportSection): string {
  const parts = [`<h2>${escapeHtml(section.heading)}</h2>`];
  for (const paragraph of section.paragraphs ?? []) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  if (section.svg !== undefined) {
    const svg = sanitiseSvg(section.svg);
    if (svg !== '') parts.push(`<figure>${svg}</figure>`);
  }
  if (section.table !== undefined) parts.push(tableHtml(section.table));
  return `<section>\n${parts.join('\n')}\n</section>`;
}

/**
 * A report as one self-contained HTML file: inline CSS, no scripts, no outside URLs, and a
 * Content-Security-Policy that forbids them anyway. All text is escaped; charts are sanitised.
 */
export function buildHtmlReport(input: HtmlReportInput): string {
  const lang = input.lang === 'zh' ? 'zh-CN' : 'en';
  const title = escapeHtml(input.title);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    ...input.sections.map(sectionHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
