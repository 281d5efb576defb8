/** Char codes (and UTF-8 bytes) of the ISO date-time shape, shared by its two readers. */
export const ZERO = 48;
export const DASH = 45;
export const COLON = 58;
export const DOT = 46;
export const PLUS = 43;
export const SPACE = 32;
export const UPPER_T = 84;
export const UPPER_Z = 90;
export const MS_PER_MINUTE = 60_000;
