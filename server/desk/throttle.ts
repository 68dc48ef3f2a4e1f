/**
 * Slows password guessing: failed sign-ins are counted per account and per address over a
 * window. Past a few failures an account waits, doubling per failure up to 15 minutes; an
 * address trying many accounts waits too. Every wait ends by itself: no stranger can lock an
 * account for good, only hold it back while they keep failing (each failure of theirs also
 * counts against their own address). A success clears the account's count.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** Failures an account may have in the window before it waits. */
  accountFree: 5,
  /** Failures an address may have in the window before it waits. */
  addressFree: 20,
  firstWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
};

const MAX_TRACKED = 20_000;

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const since = this.now() - THROTTLE.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  private waitFor(key: string, free: number): number {
    const list = this.recent(key);
    if (list.length < free) return 0;
    const wait = Math.min(THROTTLE.maxWaitMs, THROTTLE.firstWaitMs * 2 ** (list.length - free));
    return Math.max(0, list[list.length - 1]! + wait - this.now());
  }

  /** Milliseconds this account and address must wait before trying again; 0 when they may try now. */
  wait(user: string, address: string): number {
    return Math.max(this.waitFor(`u:${user}`, THROTTLE.accountFree), this.waitFor(`a:${address}`, THROTTLE.addressFree));
  }

  fail(user: string, address: string): void {
    const at = this.now();
    for (const key of [`u:${user}`, `a:${address}`]) this.failures.set(key, [...this.recent(key), at].slice(-50));
    if (this.failures.size > MAX_TRACKED) for (const key of [...this.failures.keys()].slice(0, this.failures.size - MAX_TRACKED)) this.failures.delete(key);
  }

  succeed(user: string): void {
    this.failures.delete(`u:${user}`);
  }
}
