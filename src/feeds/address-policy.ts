// Which IP addresses a feed request may connect to: public unicast only, unless private feeds are allowed.
import ipaddr from 'ipaddr.js';

export interface AddressPolicy {
  /** READOUT_ALLOW_PRIVATE_FEEDS: permit loopback/private/link-local targets (intranet feeds, tests). */
  allowPrivate?: boolean;
  /** Exact addresses always permitted even when private ones are not (e.g. one known intranet host). */
  allowedAddresses?: readonly string[];
}

/**
 * The range name of an address that is not public ('loopback', 'private', 'linkLocal', 'carrierGradeNat',
 * 'uniqueLocal', 'unspecified', 'multicast', '6to4', 'rfc6052' …), or null when it is public unicast.
 * IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it carries. Unparseable text counts as blocked.
 */
export function blockedRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return 'invalid';
  const parsed = ipaddr.process(bare);
  const range = parsed.range();
  // Only 'unicast' is the public internet; everything else (reserved, benchmarking, NAT64 and 6to4 forms that
  // can embed a private IPv4, teredo, broadcast) is refused rather than enumerated.
  return range === 'unicast' ? null : range;
}

/** Null when the address may be connected to under the policy, else the kind of address it is ("private"). */
export function refusedRange(address: string, policy: AddressPolicy): string | null {
  const range = blockedRange(address);
  if (range === null || policy.allowPrivate) return null;
  const normal = ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
  if (policy.allowedAddresses?.some((a) => ipaddr.isValid(a) && ipaddr.process(a).toString() === normal)) return null;
  return describeRange(range);
}

const RANGE_WORDS: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local (cloud metadata)',
  carrierGradeNat: 'carrier-grade NAT',
  uniqueLocal: 'unique-local',
  unspecified: 'unspecified',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved',
};

function describeRange(range: string): string {
  return RANGE_WORDS[range] ?? `non-public (${range})`;
}
