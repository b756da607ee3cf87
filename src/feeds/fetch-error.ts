// Why a fetch failed, as a stable code (for backoff decisions and tests) plus a sentence shown in /feeds list.

export type FetchErrorCode =
  | 'url.invalid'
  | 'address.blocked'
  | 'dns.failed'
  | 'redirect.loop'
  | 'redirect.limit'
  | 'redirect.invalid'
  | 'timeout'
  | 'too_large'
  | 'http.status'
  | 'network'
  | 'not_feed'
  | 'not_article';

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** HTTP status when code is http.status. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** Errors the same request would hit again (a retry only helps after someone changes the feed or the URL). */
  get permanent(): boolean {
    if (this.code === 'http.status') return this.status !== undefined && this.status >= 400 && this.status < 500 && this.status !== 429 && this.status !== 408;
    return !['timeout', 'network', 'dns.failed'].includes(this.code);
  }
}

/** A short reason for any thrown value, never a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof FetchError) return err.message;
  if (err instanceof Error) return err.message.split('\n')[0]!.slice(0, 300);
  return String(err).slice(0, 300);
}
