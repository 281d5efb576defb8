export const appEn = {
  'app.title': 'SheetSense',
  'app.tagline': 'Machine learning for your spreadsheets, entirely in this browser tab.',
  'app.language': 'Language',
  'app.privacy': 'Your data stays on this device.',
  'app.forget': 'Forget everything',
  'app.forgetConfirm': 'Delete the data, models and everything stored?',
  'app.forgetYes': 'Yes, forget',
  'app.forgetNo': 'Keep',
};

export const appZh: Record<keyof typeof appEn, string> = {
  'app.title': 'SheetSense',
  'app.tagline': '表格机器学习，全部在此浏览器标签页中运行。',
  'app.language': '语言',
  'app.privacy': '您的数据只保存在本设备上。',
  'app.forget': '全部清除',
  'app.forgetConfirm': '删除数据、模型和所有已保存的内容？',
  'app.forgetYes': '确定清除',
  'app.forgetNo': '保留',
};
