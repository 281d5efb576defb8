export const a11yEn = {};

export const a11yZh: Record<keyof typeof a11yEn, string> = {};
