/**
 * Slows password guessing: failed sign-ins are counted per account *from one address* and per
 * address over a window. Past a few failures that account waits at that address, doubling per
 * failure up to 15 minutes; an address trying many accounts waits too. A stranger's failures
 * therefore hold back only the stranger: the account's owner, signing in from their own address,
 * is never locked out by them, and every wait ends by itself. A success clears the count.
 */
import type { DeskStore } from './desk-store.js';

export const THROTTLE = {
  windowMs: 15 * 60_000,
  /** Failures an account may have from one address in the window before it waits there. */
  accountFree: 5,
  /** Failures an address may have in the window before it waits. */
  addressFree: 20,
  firstWaitMs: 30_000,
  maxWaitMs: 15 * 60_000,
};

const pair = (user: string, address: string) => `u:${user}\n${address}`;
const ofAddress = (address: string) => `a:${address}`;

/**
 * The failures live in the database (`DeskStore`), not in a process: behind a load balancer
 * every API process sees every failure, so a guesser gains nothing by landing on another one.
 */
export class SignInThrottle {
  constructor(
    private readonly store: Pick<DeskStore, 'addSignInFailure' | 'signInFailures' | 'clearSignInFailures'>,
    private readonly now: () => number = Date.now,
  ) {}

  private async waitFor(key: string, free: number): Promise<number> {
    const now = this.now();
    const list = await this.store.signInFailures(key, now - THROTTLE.windowMs);
    if (list.length < free) return 0;
    const wait = Math.min(THROTTLE.maxWaitMs, THROTTLE.firstWaitMs * 2 ** (list.length - free));
    return Math.max(0, list[list.length - 1]! + wait - now);
  }

  /** Milliseconds this account and address must wait before trying again; 0 when they may try now. */
  async wait(user: string, address: string): Promise<number> {
    const [account, from] = await Promise.all([this.waitFor(pair(user, address), THROTTLE.accountFree), this.waitFor(ofAddress(address), THROTTLE.addressFree)]);
    return Math.max(account, from);
  }

  async fail(user: string, address: string): Promise<void> {
    const at = this.now();
    await this.store.addSignInFailure([pair(user, address), ofAddress(address)], at, at - THROTTLE.windowMs);
  }

  async succeed(user: string, address: string): Promise<void> {
    await this.store.clearSignInFailures(pair(user, address));
  }
}
