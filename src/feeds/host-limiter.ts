// At most N requests in flight per host, so one busy feed list never hammers a single site.

export interface HostLimiter {
  /** Waits for a slot on the host; call the returned function exactly once to give it back. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  /** Requests in flight per host (tests, diagnostics). */
  active(host: string): number;
}

export function createHostLimiter(perHost: number): HostLimiter {
  const running = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();

  const release = (host: string) => {
    const queue = waiting.get(host);
    const next = queue?.shift();
    if (queue && queue.length === 0) waiting.delete(host);
    if (next) next();
    else {
      const n = (running.get(host) ?? 1) - 1;
      if (n <= 0) running.delete(host);
      else running.set(host, n);
    }
  };

  return {
    active: (host) => running.get(host) ?? 0,
    async acquire(host, signal) {
      const key = host.toLowerCase();
      const n = running.get(key) ?? 0;
      if (n < perHost) running.set(key, n + 1);
      else {
        // The slot passes directly from the releasing request to this one, so `running` stays unchanged.
        await new Promise<void>((resolve, reject) => {
          const queue = waiting.get(key) ?? [];
          const onAbort = () => {
            const i = queue.indexOf(go);
            if (i >= 0) queue.splice(i, 1);
            reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
          };
          const go = () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          };
          queue.push(go);
          waiting.set(key, queue);
          signal?.addEventListener('abort', onAbort, { once: true });
        });
      }
      let done = false;
      return () => {
        if (done) return;
        done = true;
        release(key);
      };
    },
  };
}
