export const faultsEn = {
  'modeling.error.backend-lost':
    'The {backend} graphics context was lost while the network trained ({detail}). This run was stopped and its GPU memory released; other models are not affected.',
  'modeling.error.out-of-memory':
    'Training ran out of memory ({detail}). Try fewer rows, fewer features or a smaller network; the dataset and finished models are kept.',
  'faults.retryOn': 'Train again on {backend}',
  'faults.results.retry': 'Try again',
  'import.error.worker-crashed':
    'The import stopped unexpectedly ({detail}). The browser may have run out of memory; the previous dataset is kept.',
  'import.error.out-of-memory':
    'The browser ran out of memory reading this file ({detail}). The previous dataset is kept.',
};

export const faultsZh: Record<keyof typeof faultsEn, string> = {
  'modeling.error.backend-lost':
    '神经网络训练期间 {backend} 图形上下文丢失（{detail}）。此次训练已停止，其 GPU 内存已释放；其他模型不受影响。',
  'modeling.error.out-of-memory':
    '训练时内存不足（{detail}）。请减少行数、特征或使用更小的网络；数据集和已完成的模型均已保留。',
  'faults.retryOn': '改用 {backend} 重新训练',
  'faults.results.retry': '重试',
  'import.error.worker-crashed':
    '导入意外停止（{detail}）。浏览器可能内存不足；已保留之前的数据集。',
  'import.error.out-of-memory': '读取此文件时浏览器内存不足（{detail}）。已保留之前的数据集。',
};
