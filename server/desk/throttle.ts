/**
 * Slows password guessing: failed sign-ins are counted per account *from one address* and per
 * address over a window. Past a few failures that account waits at that address, doubling per
 * failure up to 15 minutes; an address trying many accounts waits too. A stranger's failures
 * therefore hold back only the stranger: the account's owner, signing in from their own address,
 * is never locked out by them, and every wait ends by itself. A success clears the count.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** Failures an account may have from one address in the window before it waits there. */
  accountFree: 5,
  /** Failures an address may have in the window before it waits. */
  addressFree: 20,
  firstWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
};

const MAX_TRACKED = 20_000;

const pair = (user: string, address: string) => `u:${user}\n${address}`;

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
    return Math.max(this.waitFor(pair(user, address), THROTTLE.accountFree), this.waitFor(`a:${address}`, THROTTLE.addressFree));
  }

  fail(user: string, address: string): void {
    const at = this.now();
    for (const key of [pair(user, address), `a:${address}`]) this.failures.set(key, [...this.recent(key), at].slice(-50));
    if (this.failures.size > MAX_TRACKED) for (const key of [...this.failures.keys()].slice(0, this.failures.size - MAX_TRACKED)) this.failures.delete(key);
  }

  succeed(user: string, address: string): void {
    this.failures.delete(pair(user, address));
  }
}
