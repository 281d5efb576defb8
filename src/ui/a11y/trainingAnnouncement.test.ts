import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { trainingAnnouncement } from './trainingAnnouncement';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);
const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('zh', key, params);

describe('trainingAnnouncement', () => {
  it('says nothing before any training', () => {
    expect(trainingAnnouncement([], false, en)).toBe('');
  });

  it('counts the models still training while training runs', () => {
    const runs = [{ status: 'training' as const }, { status: 'done' as const }];
    expect(trainingAnnouncement(runs, true, en)).toBe('Training: 1 running…');
  });

  it('reports done and failed models once training has ended, in both languages', () => {
    const runs = [
      { status: 'done' as const },
      { status: 'error' as const },
      { status: 'done' as const },
    ];
    expect(trainingAnnouncement(runs, false, en)).toContain('2 done, 1 failed');
    expect(trainingAnnouncement(runs, false, zh)).toContain('2 个成功，1 个失败');
  });
});
