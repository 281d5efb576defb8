/** Why a file could not be scored: model file problems, import problems, scoring problems. */
export const scoringEn = {
  'scoring.error.import': '{file} could not be read: {reason}',
  'scoring.error.other': '{file} could not be scored: {detail}',
  'scoring.error.model.not-json': '{file} is not a model file: it is not valid JSON.',
  'scoring.error.model.not-a-model-file': '{file} is not a SheetSense model file.',
  'scoring.error.model.newer-version':
    '{file} was saved by a newer SheetSense (format version {found}); update the app to use it.',
  'scoring.error.model.unsupported-version':
    '{file} uses a model file version this app cannot read ({found}).',
  'scoring.error.model.unknown-kind':
    '{file} holds a kind of model this app does not know ({found}).',
  'scoring.error.model.unknown-task': '{file} holds a task this app does not know ({found}).',
  'scoring.error.model.unsupported-pipeline':
    '{file} uses a preprocessing version this app cannot read ({found}).',
  'scoring.error.model.invalid': '{file} is damaged or was edited: part of the model is invalid.',
  'scoring.error.score-missing-columns':
    '{file} lacks {count} column(s) the model needs: “{columns}”.',
  'scoring.error.renamedHint': ' Renamed? {pairs}',
  'scoring.error.score-type-mismatch':
    'In {file}, column “{column}” holds {found} values; the model was trained on {expected} values.',
  'scoring.error.score-cannot-prepare':
    'The rows of {file} cannot be prepared for the model ({reason}, column “{column}”).',
  'scoring.error.score-model-failed': 'The model could not score the rows of {file}: {detail}',
  'scoring.error.results-worker-crashed':
    'Scoring {file} stopped unexpectedly ({detail}); the browser may have run out of memory. Your data and models are kept.',
};

export const scoringZh: Record<keyof typeof scoringEn, string> = {
  'scoring.error.import': '无法读取 {file}：{reason}',
  'scoring.error.other': '无法为 {file} 打分：{detail}',
  'scoring.error.model.not-json': '{file} 不是模型文件：它不是有效的 JSON。',
  'scoring.error.model.not-a-model-file': '{file} 不是 SheetSense 模型文件。',
  'scoring.error.model.newer-version':
    '{file} 由更新版本的 SheetSense 保存（格式版本 {found}），请更新应用后再使用。',
  'scoring.error.model.unsupported-version': '{file} 的模型文件版本本应用无法读取（{found}）。',
  'scoring.error.model.unknown-kind': '{file} 中的模型类型本应用不认识（{found}）。',
  'scoring.error.model.unknown-task': '{file} 中的任务类型本应用不认识（{found}）。',
  'scoring.error.model.unsupported-pipeline': '{file} 的预处理版本本应用无法读取（{found}）。',
  'scoring.error.model.invalid': '{file} 已损坏或被修改：模型的一部分无效。',
  'scoring.error.score-missing-columns': '{file} 缺少模型需要的 {count} 列：“{columns}”。',
  'scoring.error.renamedHint': ' 是否改了列名？{pairs}',
  'scoring.error.score-type-mismatch':
    '{file} 中“{column}”列是{found}值，而模型训练时是{expected}值。',
  'scoring.error.score-cannot-prepare': '{file} 的行无法为模型做预处理（{reason}，列“{column}”）。',
  'scoring.error.score-model-failed': '模型无法为 {file} 的行打分：{detail}',
  'scoring.error.results-worker-crashed':
    '为 {file} 打分时意外停止（{detail}），浏览器可能内存不足。您的数据和模型都已保留。',
};
