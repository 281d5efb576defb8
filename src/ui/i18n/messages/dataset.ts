export const datasetEn = {
  'dataset.rows': '{rows} rows',
  'dataset.columns': '{columns} columns',
};

export const datasetZh: Record<keyof typeof datasetEn, string> = {
  'dataset.rows': '{rows} 行',
  'dataset.columns': '{columns} 列',
};
