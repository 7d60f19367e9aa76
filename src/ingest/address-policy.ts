/** Address policy: which IP addresses a URL fetch may connect to (no loopback, private, link-local ...). */

import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The IPv6 global unicast block. Anything outside it (IPv4-compatible `::a.b.c.d`, ULA ...) is refused. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Why `address` may not be fetched from, or null when it is a public unicast address.
 *
 * Allows only ipaddr.js's `unicast` range: every special range (loopback, private, link-local
 * such as the cloud metadata address 169.254.169.254, multicast, unspecified, broadcast, CGNAT
 * 100.64/10, reserved, benchmarking, unique-local fc00::/7, NAT64 and 6to4/Teredo that embed an
 * IPv4 address ...) is refused. IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is judged as its IPv4 address.
 */
export function addressRefusal(address: string): string | null {
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return 'not an IP address';
  const ip = ipaddr.process(bare);
  const range = ip.range();
  if (range !== 'unicast') return `${range} address`;
  if (ip.kind() === 'ipv6' && !ip.match(GLOBAL_UNICAST_V6)) return 'non-global IPv6 address';
  return null;
}

/** The addresses a host name resolves to, with the version of each (an IP literal resolves to itself). */
export async function resolveHost(host: string): Promise<LookupAddress[]> {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const family = isIP(bare);
  if (family !== 0) return [{ address: bare, family }];
  return dnsLookup(bare, { all: true, verbatim: true });
}

/** The signature Node's `net.connect` expects of a `lookup` option. */
type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` function for `http.request` that answers only with `addresses`, which were resolved
 * and checked beforehand: the connection goes to an address that passed the policy, so a DNS
 * answer that changes between the check and the connection (DNS rebinding) cannot reach a
 * private address.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]) {
  return (_host: string, options: { family?: number | string; all?: boolean }, callback: LookupCallback): void => {
    const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    if (usable.length === 0) {
      const err: NodeJS.ErrnoException = new Error(`no IPv${wanted} address was checked for this host`);
      err.code = 'ENOTFOUND';
      callback(err, '', 0);
      return;
    }
    if (options.all) callback(null, usable.map((a) => ({ ...a })));
    else callback(null, usable[0]!.address, usable[0]!.family);
  };
}
