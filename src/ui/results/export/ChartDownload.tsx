import { useState, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import { svgToPngBlob } from './chartPng';
import { serialiseChartSvg, withXmlProlog } from './chartSvg';
import { downloadBlob } from './downloadBlob';
import './export.css';

interface ChartDownloadProps {
  /** File name without extension; defaults to the figure's `data-testid` (e.g. `chart-roc`). */
  readonly fileName?: string;
  /** Builds the SVG for figures that are not a Recharts surface (e.g. an HTML heatmap). */
  readonly svg?: () => string | null;
}

interface FigureSvg {
  readonly markup: string;
  readonly name: string;
}

/**
 * SVG and PNG download buttons (`chart-download-svg`, `chart-download-png`) for the chart of the
 * `<figure>` they sit in (e.g. in its figcaption): they find the figure when clicked.
 */
export function ChartDownload({ fileName, svg }: ChartDownloadProps) {
  const t = useT();
  const [failed, setFailed] = useState(false);

  const figureSvg = (event: MouseEvent<HTMLButtonElement>): FigureSvg | null => {
    const figure = event.currentTarget.closest('figure');
    if (!figure) return null;
    const markup = svg ? svg() : serialiseChartSvg(figure);
    if (markup === null) return null;
    return { markup: withXmlProlog(markup), name: fileName ?? figure.dataset.testid ?? 'chart' };
  };

  const downloadSvg = (event: MouseEvent<HTMLButtonElement>) => {
    const chart = figureSvg(event);
    setFailed(chart === null);
    if (chart) downloadBlob(chart.markup, `${chart.name}.svg`, 'image/svg+xml;charset=utf-8');
  };

  const downloadPng = (event: MouseEvent<HTMLButtonElement>) => {
    const chart = figureSvg(event);
    if (!chart) return setFailed(true);
    svgToPngBlob(chart.markup).then(
      (blob) => {
        setFailed(blob === null);
        if (blob) downloadBlob(blob, `${chart.name}.png`, 'image/png');
      },
      () => setFailed(true),
    );
  };

  return (
    <span className="chart-download">
      <button
        type="button"
        data-testid="chart-download-svg"
        title={t('export.chart.svgTitle')}
        aria-label={t('export.chart.svgTitle')}
        onClick={downloadSvg}
      >
        SVG
      </button>
      <button
        type="button"
        data-testid="chart-download-png"
        title={t('export.chart.pngTitle')}
        aria-label={t('export.chart.pngTitle')}
        onClick={downloadPng}
      >
        PNG
      </button>
      {failed && (
        <span role="alert" className="chart-download-error">
          {t('export.chart.failed')}
        </span>
      )}
    </span>
  );
}
