export const piiEn = {};

export const piiZh: Record<keyof typeof piiEn, string> = {};
