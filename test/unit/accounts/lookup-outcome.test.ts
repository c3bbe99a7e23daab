import { describe, expect, it } from 'vitest';
import {
  classifyFetchFailure,
  fetchFailureOutcome,
  LOOKUP_TIMEOUT_MS,
  networkOutcome,
  timeoutOutcome,
} from '../../../src/core/accounts/lookup-outcome';

function namedError(name: string): Error {
  const error = new Error('x');
  error.name = name;
  return error;
}

describe('fetch failures', () => {
  it('waits 8 seconds', () => {
    expect(LOOKUP_TIMEOUT_MS).toBe(8000);
  });

  it('reads AbortSignal.timeout and abort() as timeouts', () => {
    expect(classifyFetchFailure(namedError('TimeoutError'))).toBe('timeout');
    expect(classifyFetchFailure(namedError('AbortError'))).toBe('timeout');
    expect(classifyFetchFailure({ name: 'TimeoutError' })).toBe('timeout');
  });

  it('reads everything else as a network failure', () => {
    expect(classifyFetchFailure(new TypeError('Failed to fetch'))).toBe('network');
    expect(classifyFetchFailure('offline')).toBe('network');
    expect(classifyFetchFailure(null)).toBe('network');
    expect(classifyFetchFailure(undefined)).toBe('network');
  });

  it('maps failures to error outcomes with distinct codes', () => {
    expect(fetchFailureOutcome(namedError('TimeoutError'))).toEqual(timeoutOutcome());
    expect(fetchFailureOutcome(new TypeError('Failed to fetch'))).toEqual(networkOutcome());
    expect(timeoutOutcome()).toMatchObject({ status: 'error', errorCode: 'timeout' });
    expect(networkOutcome()).toMatchObject({ status: 'error', errorCode: 'network' });
  });
});
