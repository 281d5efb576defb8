import type { ProjectError } from '../../core/project';
import type { ProjectProblem } from '../../state/project/projectTypes';
import type { Translate } from '../i18n/useT';

function reasonText(t: Translate, error: ProjectError): string {
  switch (error.code) {
    case 'not-a-project':
      return t('project.reason.not-a-project');
    case 'newer-version':
      return t('project.reason.newer-version', { version: error.version ?? '?' });
    case 'corrupt':
      return t('project.reason.corrupt', { path: error.path ?? error.message });
  }
}

/** The sentence shown for a project problem, in the user's language. */
export function projectErrorText(t: Translate, problem: ProjectProblem): string {
  switch (problem.kind) {
    case 'quota':
      return t('project.error.quota');
    case 'storage':
      return t('project.error.storage', { detail: problem.detail });
    case 'restore':
      return t('project.error.restore', { reason: reasonText(t, problem.error) });
    case 'file':
      return t('project.error.file', {
        file: problem.fileName,
        reason: reasonText(t, problem.error),
      });
  }
}
