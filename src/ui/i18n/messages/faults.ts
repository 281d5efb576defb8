export const faultsEn = {};

export const faultsZh: Record<keyof typeof faultsEn, string> = {};
