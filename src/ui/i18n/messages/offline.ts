export const offlineEn = {};

export const offlineZh: Record<keyof typeof offlineEn, string> = {};
