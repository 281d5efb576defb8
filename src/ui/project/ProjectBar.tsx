import { useEffect, useId } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { projectErrorText } from './projectErrorText';
import './project.css';

/** Keep-on-this-device switch, save status, project file save/open, and the two-tab notice. */
export function ProjectBar() {
  const t = useT();
  const hintId = useId();
  const persist = useAppStore((s) => s.persistEnabled);
  const status = useAppStore((s) => s.projectStatus);
  const problem = useAppStore((s) => s.projectError);
  const hasTable = useAppStore((s) => s.table !== null);
  const startProject = useAppStore((s) => s.startProject);
  const setPersist = useAppStore((s) => s.setPersist);
  const takeOver = useAppStore((s) => s.takeOverProject);
  const exportFile = useAppStore((s) => s.exportProjectFile);
  const importFile = useAppStore((s) => s.importProjectFile);
  useEffect(() => void startProject(), [startProject]);
  const offerDownload = problem?.kind === 'quota' || problem?.kind === 'storage';

  return (
    <section className="project-bar" aria-label={t('project.region')}>
      <label className="project-keep">
        <input
          type="checkbox"
          data-testid="persist-toggle"
          checked={persist}
          aria-describedby={hintId}
          onChange={(e) => void setPersist(e.target.checked)}
        />{' '}
        {t('project.keep')}
      </label>
      <span id={hintId} className="visually-hidden">
        {t('project.keepHint')}
      </span>
      <span
        className="project-status"
        data-testid="project-status"
        data-status={status}
        role="status"
      >
        {t(`project.status.${status}`)}
      </span>
      <button type="button" data-testid="project-export" disabled={!hasTable} onClick={exportFile}>
        {t('project.export')}
      </button>
      <label className="project-open">
        {t('project.import')}
        <input
          type="file"
          accept=".sheetsense"
          data-testid="project-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {status === 'locked' && (
        <p className="project-notice" data-testid="project-locked">
          {t('project.locked')}{' '}
          <button type="button" data-testid="project-take-over" onClick={() => void takeOver()}>
            {t('project.takeOver')}
          </button>
        </p>
      )}
      {problem && (
        <p className="project-error" data-testid="project-error" role="alert">
          {projectErrorText(t, problem)}{' '}
          {offerDownload && (
            <button type="button" data-testid="project-download" onClick={exportFile}>
              {t('project.download')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
