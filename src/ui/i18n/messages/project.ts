export const projectEn = {};

export const projectZh: Record<keyof typeof projectEn, string> = {};
