import { describe, expect, it } from 'vitest';
import { codesFromTexts, profileStrings, valuesFromTexts } from './stringsProfile';

/** A strings column from codes into `dictionary` (-1 = empty cell). */
const column = (dictionary: readonly string[], codes: readonly number[]) => ({
  codes: Int32Array.from(codes),
  dictionary,
});

describe('profileStrings', () => {
  it('takes the dictionary itself as the texts when every entry is a used, clean value', () => {
    const raw = column(['C1', 'C2', 'C3'], [0, 1, -1, 2, 1]);
    const profile = profileStrings(raw, 5);
    expect(profile.texts).toBe(raw.dictionary);
    expect(profile.textOfEntry).toBeNull();
    expect(Array.from(profile.textRows)).toEqual([1, 2, 1]);
    expect(profile.missingRows).toBe(1);
  });

  it('leaves out missing tokens and entries no row uses', () => {
    const raw = column(['north', 'NA', 'unused', 'south'], [0, 1, 3, 0, 1]);
    const profile = profileStrings(raw, 5);
    expect(profile.texts).toEqual(['north', 'south']);
    expect(Array.from(profile.textOfEntry ?? [])).toEqual([0, -1, -1, 1]);
    expect(Array.from(profile.textRows)).toEqual([2, 1]);
    expect(profile.missingRows).toBe(2);
  });

  it('merges entries that are equal once trimmed', () => {
    const raw = column(['a', ' a', 'b '], [0, 1, 2, 1]);
    const profile = profileStrings(raw, 4);
    expect(profile.texts).toEqual(['a', 'b']);
    expect(Array.from(profile.textRows)).toEqual([3, 1]);
  });

  it('counts rows past the end of the codes as missing, and entries only they would use as unused', () => {
    const raw = column(['x', 'y'], [0, 0, 1]);
    const short = profileStrings(raw, 5);
    expect(short.texts).toBe(raw.dictionary);
    expect(short.missingRows).toBe(2);
    const cut = profileStrings(raw, 2);
    expect(cut.texts).toEqual(['x']);
    expect(cut.missingRows).toBe(0);
  });
});

describe('valuesFromTexts and codesFromTexts', () => {
  // The same five rows twice: once with a clean dictionary, once with a missing token and an
  // unused entry in it, so that one goes through the mapping and the other does not.
  const clean = column(['2', '4', '8'], [0, 2, -1, 1, 0]);
  const mapped = column(['2', 'n/a', '4', 'spare', '8'], [0, 4, 1, 2, 0]);

  it('give the same rows whether or not entries need mapping to texts', () => {
    const cleanProfile = profileStrings(clean, 5);
    const mappedProfile = profileStrings(mapped, 5);
    expect(cleanProfile.textOfEntry).toBeNull();
    expect(mappedProfile.textOfEntry).not.toBeNull();
    expect(mappedProfile.texts).toEqual(cleanProfile.texts);
    const parsed = Float64Array.from(cleanProfile.texts, Number);
    const expected = [2, 8, NaN, 4, 2];
    expect(Array.from(valuesFromTexts(clean, cleanProfile, parsed, 5))).toEqual(expected);
    expect(Array.from(valuesFromTexts(mapped, mappedProfile, parsed, 5))).toEqual(expected);
    expect(Array.from(codesFromTexts(clean, cleanProfile, 5))).toEqual([0, 2, -1, 1, 0]);
    expect(Array.from(codesFromTexts(mapped, mappedProfile, 5))).toEqual([0, 2, -1, 1, 0]);
  });

  it('pads to the row count with missing rows, and writes every missing code as -1', () => {
    const raw = column(['a', 'b'], [1, -2, 0]);
    const profile = profileStrings(raw, 4);
    expect(Array.from(codesFromTexts(raw, profile, 4))).toEqual([1, -1, 0, -1]);
    const values = valuesFromTexts(raw, profile, Float64Array.of(10, 20), 4);
    expect(Array.from(values)).toEqual([20, NaN, 10, NaN]);
  });
});
