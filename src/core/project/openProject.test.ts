import { describe, expect, it } from 'vitest';
import { importBytes } from '../data/importBytes';
import { profileColumn } from '../data/profile';
import { detectPii } from '../pii/detectPii';
import { openKeptProject, openProjectFile } from './openProject';
import { serialiseProject } from './projectFile';
import type { ProjectSnapshot } from './projectTypes';
import { sampleSnapshot } from './testing/sampleProject';

/** The sample project with a column of e-mail addresses added (personal data to find). */
async function snapshotWithEmails(): Promise<ProjectSnapshot> {
  const snapshot = await sampleSnapshot();
  const { table, profiles } = snapshot.dataset;
  const lines = Array.from({ length: table.rowCount }, (_, i) => `client${i}@example.com`);
  const imported = importBytes(new TextEncoder().encode(['contact', ...lines].join('\n')), 'c.csv');
  if (!imported.ok) throw new Error(imported.error.code);
  const email = imported.value.table.columns[0]!;
  const columns = [...table.columns, email];
  const dataset = {
    ...snapshot.dataset,
    table: { ...table, columns },
    profiles: [...profiles, profileColumn(email, table.rowCount)],
  };
  return { ...snapshot, dataset };
}

describe('opening a project', () => {
  it('brings back the file and the personal data an import would have found', async () => {
    const snapshot = await snapshotWithEmails();
    const opened = openProjectFile(serialiseProject(snapshot));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.snapshot).toEqual(snapshot);
    expect(opened.value.piiFindings).toEqual(detectPii(snapshot.dataset.table));
    expect(opened.value.piiFindings).toMatchObject([{ column: 'contact', kind: 'email' }]);
  });

  it('checks a project kept in this browser and finds its personal data', async () => {
    const snapshot = await snapshotWithEmails();
    const opened = openKeptProject(structuredClone(snapshot));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.snapshot).toEqual(snapshot);
    expect(opened.value.piiFindings.map((f) => f.column)).toEqual(['contact']);
  });

  it('refuses a file that is no project with the same error parseProject gives', () => {
    const opened = openProjectFile(new TextEncoder().encode('id,revenue\n1,2\n'));
    expect(opened).toEqual({
      ok: false,
      error: {
        code: 'not-a-project',
        message: 'This is not a SheetSense project file.',
        path: null,
        version: null,
      },
    });
  });

  it('refuses a kept project that is damaged, naming where', async () => {
    const snapshot = await sampleSnapshot();
    const damaged = { ...snapshot, selectedRun: 7 };
    const opened = openKeptProject(damaged);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatchObject({ code: 'corrupt', path: 'selectedRun' });
  });
});
