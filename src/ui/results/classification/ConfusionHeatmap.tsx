import type { ClassificationDiagnostics } from '../../../core/results/resultTypes';
import { useT } from '../../i18n/useT';
import { DiagnosticFigure } from './DiagnosticFigure';
import { confusionCells, confusionSvg, shareColour, shareTextColour } from './confusionGrid';

interface ConfusionHeatmapProps {
  readonly diagnostics: ClassificationDiagnostics;
  readonly partLabel: string;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * The confusion matrix as an accessible table (`chart-confusion`): rows are actual classes,
 * columns predicted ones; colour by share of the row, counts always printed (`confusion-cell`).
 */
export function ConfusionHeatmap({ diagnostics, partLabel }: ConfusionHeatmapProps) {
  const t = useT();
  const { classes, confusion } = diagnostics;
  const rows = confusionCells(confusion);
  const total = rows.flat().reduce((sum, cell) => sum + cell.count, 0);
  const correct = rows.reduce((sum, row, index) => sum + (row[index]?.count ?? 0), 0);
  const name = (index: number) => classes[index] ?? String(index);
  const caption = t('classification.confusion.caption', { part: partLabel });
  const labels = {
    actual: t('classification.confusion.actual'),
    predicted: t('classification.confusion.predicted'),
  };
  return (
    <DiagnosticFigure
      testId="chart-confusion"
      points={rows.flat().length}
      caption={caption}
      description={t('classification.confusion.describe', { correct, total })}
      attributes={{ 'data-total': String(total), 'data-correct': String(correct) }}
      svg={() => confusionSvg(classes, confusion, { ...labels, title: caption })}
    >
      <div className="confusion-scroll">
        <table className="confusion-table">
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={classes.length}>
                {labels.predicted}
              </th>
            </tr>
            <tr>
              <th scope="col">{labels.actual}</th>
              {classes.map((label, index) => (
                <th key={index} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, actual) => (
              <tr key={actual}>
                <th scope="row">{name(actual)}</th>
                {row.map((cell) => (
                  <td
                    key={cell.predicted}
                    data-testid="confusion-cell"
                    data-actual={name(cell.actual)}
                    data-predicted={name(cell.predicted)}
                    data-count={String(cell.count)}
                    data-row-share={String(cell.rowShare)}
                    className={cell.actual === cell.predicted ? 'diagonal' : ''}
                    style={{
                      background: shareColour(cell.rowShare),
                      color: shareTextColour(cell.rowShare),
                    }}
                    title={t('classification.confusion.cell', {
                      count: cell.count,
                      actual: name(cell.actual),
                      predicted: name(cell.predicted),
                      share: percent(cell.rowShare),
                    })}
                  >
                    <span className="confusion-count">{cell.count}</span>
                    <span className="confusion-share">{percent(cell.rowShare)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DiagnosticFigure>
  );
}
