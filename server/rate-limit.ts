/**
 * Per-address token buckets, in memory. They slow down a script hammering one endpoint; they do
 * not stop a determined attacker with many addresses, and they must stay generous: in China many
 * households share one carrier-grade NAT address, so a tight limit would turn real voters away.
 */
export interface BucketRule {
  /** Requests allowed at once. */
  burst: number;
  /** Requests regained per minute. */
  perMinute: number;
}

export interface RateLimits {
  /** Casting ballots. */
  ballot: BucketRule;
  /** Suggestions from the contact form. */
  submission: BucketRule;
  /** Reading vote status and tallies. */
  read: BucketRule;
  /** Residents looking up a reference on /status/: slow enough that references cannot be guessed. */
  status: BucketRule;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  ballot: { burst: 30, perMinute: 30 },
  submission: { burst: 5, perMinute: 2 },
  read: { burst: 120, perMinute: 600 },
  status: { burst: 10, perMinute: 5 },
};

const MAX_TRACKED = 50_000;

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `address`; returns 0 when allowed, else the seconds to wait. */
  take(address: string): number {
    const now = this.now();
    const perMs = this.rule.perMinute / 60_000;
    const bucket = this.buckets.get(address) ?? { tokens: this.rule.burst, at: now };
    bucket.tokens = Math.min(this.rule.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(address, bucket);
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    }
    bucket.tokens -= 1;
    this.buckets.set(address, bucket);
    if (this.buckets.size > MAX_TRACKED) this.sweep(now);
    return 0;
  }

  /** Forgets addresses whose bucket has refilled: they are indistinguishable from new ones. */
  private sweep(now: number): void {
    const perMs = this.rule.perMinute / 60_000;
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.rule.burst) this.buckets.delete(address);
    }
    // Still full of busy addresses (an attack from many): drop the oldest rather than grow without bound.
    if (this.buckets.size > MAX_TRACKED) {
      const excess = this.buckets.size - MAX_TRACKED;
      let i = 0;
      for (const address of this.buckets.keys()) {
        if (i++ >= excess) break;
        this.buckets.delete(address);
      }
    }
  }
}
