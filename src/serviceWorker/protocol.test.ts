import { describe, expect, it } from 'vitest';
import {
  isOfflineReady,
  isPrecacheStatus,
  isPrecacheStatusRequest,
  PRECACHE_STATUS_REQUEST,
  type PrecacheStatus,
} from './protocol';

const COMPLETE: PrecacheStatus = { version: 'v1', total: 16, cached: 16, coversPage: true };

describe('isOfflineReady', () => {
  it('is true only when every precached file is in the cache and the page is that build', () => {
    expect(isOfflineReady(COMPLETE)).toBe(true);
    expect(isOfflineReady({ ...COMPLETE, cached: 15 })).toBe(false);
    expect(isOfflineReady({ ...COMPLETE, coversPage: false })).toBe(false);
    expect(isOfflineReady({ ...COMPLETE, total: 0, cached: 0 })).toBe(false);
  });

  it('is false when no service worker answered', () => {
    expect(isOfflineReady(null)).toBe(false);
  });
});

describe('message guards', () => {
  it('accept well-formed messages and reject anything else', () => {
    expect(isPrecacheStatusRequest({ type: PRECACHE_STATUS_REQUEST, pageScript: '/a.js' })).toBe(
      true,
    );
    expect(isPrecacheStatusRequest({ type: PRECACHE_STATUS_REQUEST })).toBe(false);
    expect(isPrecacheStatusRequest('status?')).toBe(false);
    expect(isPrecacheStatus(COMPLETE)).toBe(true);
    expect(isPrecacheStatus({ version: 'v1', total: 16, cached: '16', coversPage: true })).toBe(
      false,
    );
    expect(isPrecacheStatus(null)).toBe(false);
  });
});
