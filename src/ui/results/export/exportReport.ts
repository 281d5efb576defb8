import { buildHtmlReport } from '../../../core/export/htmlReport';
import { redactSection, type Redaction } from '../../../core/pii/redactText';
import type { TrainingOutcome } from '../../../core/training/trainingTypes';
import type { Language } from '../../../state/settingsSlice';
import type { Translate } from '../../i18n/useT';
import { captionOf, serialiseChartSvg } from './chartSvg';
import { downloadBlob } from './downloadBlob';
import { buildReportSections, type ReportChart } from './reportSections';

/** Every Recharts chart on the page (`figure[data-testid^="chart-"]`), as SVG for embedding. */
export function collectChartSvgs(root: ParentNode): ReportChart[] {
  return [...root.querySelectorAll('figure[data-testid^="chart-"]')].flatMap((figure) => {
    const svg = serialiseChartSvg(figure, false);
    return svg === null ? [] : [{ heading: captionOf(figure), svg }];
  });
}

/** The plain-language summary on screen, one paragraph per block (empty when it is not shown). */
export function summaryParagraphs(root: ParentNode): string[] {
  const summary = root.querySelector('[data-testid="model-summary"]');
  if (!summary) return [];
  const blocks = [...summary.querySelectorAll('p, li')].map((block) => block.textContent.trim());
  const paragraphs = blocks.filter((text) => text.length > 0);
  const whole = summary.textContent.trim();
  return paragraphs.length > 0 ? paragraphs : whole.length > 0 ? [whole] : [];
}

export interface HtmlReportRequest {
  readonly t: Translate;
  readonly language: Language;
  readonly outcome: TrainingOutcome;
  /** Name of the data file, for the title and the file name. */
  readonly dataName: string;
  readonly confusion: readonly (readonly number[])[] | null;
  readonly root?: ParentNode;
  /** Personal data to mask wherever it shows (kept PII columns' values). */
  readonly redactions?: readonly Redaction[];
}

const fileStem = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name) || 'sheetsense';
};

/** Builds the one-file HTML report of a run from what is on screen and downloads it. */
export function downloadHtmlReport(request: HtmlReportRequest): void {
  const { t, outcome } = request;
  const root = request.root ?? document;
  const target = outcome.pipeline.target.column;
  const built = buildReportSections({
    t,
    outcome,
    target,
    summary: summaryParagraphs(root),
    confusion: request.confusion,
    charts: collectChartSvgs(root),
  });
  const sections = built.map((section) => redactSection(section, request.redactions ?? []));
  const title = t('export.report.title', {
    model: t(`modeling.model.${outcome.kind}`),
    target,
    data: request.dataName,
  });
  const html = buildHtmlReport({ title, lang: request.language, sections });
  const name = `${fileStem(request.dataName)}-${outcome.kind}-report.html`;
  downloadBlob(html, name, 'text/html;charset=utf-8');
}
