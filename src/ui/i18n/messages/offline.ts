export const offlineEn = {
  'offline.ready': 'Works offline · your data stays on this device',
  'offline.local': 'Your data stays on this device',
  'offline.offlineReady': 'Offline · working from this device',
  'offline.offlineLocal': 'Offline · your data stays on this device',
  'offline.readyHint':
    'SheetSense is stored in this browser and works without a network. Files you open are never uploaded.',
  'offline.localHint': 'Files you open are read in this browser and never uploaded.',
};

export const offlineZh: Record<keyof typeof offlineEn, string> = {
  'offline.ready': '可离线使用 · 数据只保存在本设备上',
  'offline.local': '数据只保存在本设备上',
  'offline.offlineReady': '离线 · 正在本设备上运行',
  'offline.offlineLocal': '离线 · 数据只保存在本设备上',
  'offline.readyHint': 'SheetSense 已保存在此浏览器中，无需网络即可使用。您打开的文件从不上传。',
  'offline.localHint': '您打开的文件只在此浏览器中读取，从不上传。',
};
