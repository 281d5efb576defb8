export const projectEn = {
  'project.region': 'Project',
  'project.keep': 'Keep this project on this device',
  'project.keepHint':
    'Saves the dataset, set-up and trained models in this browser only, so they come back after a reload.',
  'project.status.off': 'Not kept on this device',
  'project.status.saving': 'Saving…',
  'project.status.saved': 'Saved on this device',
  'project.status.error': 'Not saved',
  'project.status.locked': 'Open in another tab',
  'project.export': 'Save project file',
  'project.import': 'Open project file',
  'project.download': 'Download project file',
  'project.locked': 'This project is open in another tab; changes here are not saved.',
  'project.takeOver': 'Use it here instead',
  'project.error.quota':
    "This browser's storage is full, so the project is no longer being saved here. Nothing is lost while this page stays open: download the project file to keep it.",
  'project.error.storage':
    'The project could not be saved in this browser ({detail}). Download the project file to keep it.',
  'project.error.restore': 'The project kept in this browser could not be read back: {reason}',
  'project.error.file': '{file} could not be opened: {reason}',
  'project.reason.not-a-project': 'it is not a SheetSense project file.',
  'project.reason.newer-version':
    'it was saved by a newer version of SheetSense (project version {version}).',
  'project.reason.corrupt': 'the file is damaged ({path}).',
};

export const projectZh: Record<keyof typeof projectEn, string> = {
  'project.region': '项目',
  'project.keep': '在此设备上保留此项目',
  'project.keepHint': '仅在此浏览器中保存数据集、设置和已训练的模型，重新加载页面后即可恢复。',
  'project.status.off': '未保存在此设备上',
  'project.status.saving': '正在保存…',
  'project.status.saved': '已保存在此设备上',
  'project.status.error': '未保存',
  'project.status.locked': '已在另一个标签页中打开',
  'project.export': '保存项目文件',
  'project.import': '打开项目文件',
  'project.download': '下载项目文件',
  'project.locked': '此项目已在另一个标签页中打开；此处的更改不会被保存。',
  'project.takeOver': '改为在此处使用',
  'project.error.quota':
    '此浏览器的存储空间已满，项目不再保存在这里。只要此页面保持打开，任何内容都不会丢失：请下载项目文件加以保留。',
  'project.error.storage': '无法在此浏览器中保存项目（{detail}）。请下载项目文件加以保留。',
  'project.error.restore': '无法读取此浏览器中保留的项目：{reason}',
  'project.error.file': '无法打开 {file}：{reason}',
  'project.reason.not-a-project': '它不是 SheetSense 项目文件。',
  'project.reason.newer-version': '它由更新版本的 SheetSense 保存（项目版本 {version}）。',
  'project.reason.corrupt': '文件已损坏（{path}）。',
};
