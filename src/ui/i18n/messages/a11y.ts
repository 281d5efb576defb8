export const a11yEn = {
  'a11y.skipToMain': 'Skip to main content',
  'a11y.training.running': 'Training: {count} running…',
  'a11y.training.finished':
    'Training finished: {done} done, {failed} failed. The leaderboard and results follow the train button.',
  'a11y.chart.dataTable': 'Data behind this chart',
  'a11y.chart.series': 'Series',
  'a11y.chart.points': 'Points',
  'a11y.chart.feature': 'Feature',
  'a11y.chart.when': 'When',
  'a11y.chart.curve': 'Curve',
  'a11y.chart.auc': 'AUC',
  'a11y.chart.bestEpoch': 'Lowest loss',
  'a11y.chart.firstEpoch': 'First epoch',
  'a11y.chart.lastEpoch': 'Last epoch',
  'a11y.chart.best': '{model} ★ best',
};

export const a11yZh: Record<keyof typeof a11yEn, string> = {
  'a11y.skipToMain': '跳到主要内容',
  'a11y.training.running': '训练中：{count} 个模型正在运行…',
  'a11y.training.finished':
    '训练完成：{done} 个成功，{failed} 个失败。排行榜和结果位于“训练”按钮之后。',
  'a11y.chart.dataTable': '图表背后的数据',
  'a11y.chart.series': '系列',
  'a11y.chart.points': '点数',
  'a11y.chart.feature': '特征',
  'a11y.chart.when': '时间点',
  'a11y.chart.curve': '曲线',
  'a11y.chart.auc': 'AUC',
  'a11y.chart.bestEpoch': '最低损失',
  'a11y.chart.firstEpoch': '第一轮',
  'a11y.chart.lastEpoch': '最后一轮',
  'a11y.chart.best': '{model} ★ 最佳',
};
