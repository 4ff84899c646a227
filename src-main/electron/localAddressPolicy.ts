/**
 * Which hosts an external https: link may not name: the user's own machine and the networks around it. A deck link
 * to such an address would let a deck from someone else reach a router's admin page, a local development server or
 * a cloud metadata endpoint from the user's browser. Hosts are compared as the WHATWG URL parser serializes them
 * (`new URL(u).hostname`): it already turns every IPv4 spelling (decimal `2130706433`, hex `0x7f.1`, octal
 * `017700000001`, short `127.1`, full-width digits) into dotted decimal, and every IPv6 address into compressed
 * lowercase hex in brackets, so only those two forms need reading here.
 *
 * DNS names are not resolved (the app is offline, and the browser resolves them later): names that are local by
 * definition are refused (`localhost` and `*.localhost`, RFC 6761; `*.local`, mDNS, RFC 6762; `*.home.arpa`,
 * RFC 8375; `*.internal`; and single-label names such as `https://intranet/`, which only a local resolver answers).
 */

/** IPv4 ranges that are not the public internet (IANA IPv4 Special-Purpose Address Registry, RFC 6890). */
const NON_PUBLIC_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // shared address space, carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata endpoints (169.254.169.254)
  ['172.16.0.0', 12], // private (RFC 1918)
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private (RFC 1918)
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the limited broadcast 255.255.255.255
];

/** Parses a dotted-decimal IPv4 address into a 32-bit unsigned number, or undefined when `host` is not one. */
function ipv4Number(host: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

function v4InRange(value: number, [base, bits]: readonly [string, number]): boolean {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return ((value & mask) >>> 0) === ((ipv4Number(base)! & mask) >>> 0);
}

/** True when a 32-bit IPv4 address is in a non-public range (NON_PUBLIC_V4). */
function isNonPublicV4(value: number): boolean {
  return NON_PUBLIC_V4.some((range) => v4InRange(value, range));
}

/**
 * The eight 16-bit groups of a bracketed, serialized IPv6 host (`[::ffff:7f00:1]`), or undefined when `host` is not
 * one. A zone id (`%eth0`) never reaches here: the URL parser refuses it.
 */
function ipv6Groups(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined;
  const body = host.slice(1, -1);
  const [head, tail, extra] = body.split('::');
  if (extra !== undefined) return undefined;
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
  return groups.some(Number.isNaN) ? undefined : groups;
}

/**
 * True when the IPv6 address is loopback, unspecified, unique-local, link-local, site-local, multicast, local-use
 * NAT64, or embeds a non-public IPv4 (mapped, compatible, translated, NAT64, 6to4). IANA IPv6 Special-Purpose
 * Address Registry.
 */
function isNonPublicV6(g: number[]): boolean {
  const embeddedV4 = ((g[6] << 16) | g[7]) >>> 0;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return true; // :: unspecified
  if (zeroUpTo(7) && g[7] === 1) return true; // ::1 loopback
  if ((g[0] & 0xfe00) === 0xfc00) return true; // fc00::/7 unique-local
  if ((g[0] & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((g[0] & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated, still routed locally)
  if ((g[0] & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  if (zeroUpTo(5) && g[5] === 0xffff) return isNonPublicV4(embeddedV4); // ::ffff:a.b.c.d IPv4-mapped
  if (zeroUpTo(6)) return isNonPublicV4(embeddedV4); // ::a.b.c.d IPv4-compatible (deprecated)
  if (zeroUpTo(4) && g[4] === 0xffff && g[5] === 0) return isNonPublicV4(embeddedV4); // ::ffff:0:a.b.c.d IPv4-translated
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return isNonPublicV4(embeddedV4); // 64:ff9b::/96 NAT64
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return true; // 64:ff9b:1::/48 local-use NAT64 (RFC 8215)
  if (g[0] === 0x2002) return isNonPublicV4(((g[1] << 16) | g[2]) >>> 0); // 2002::/16 6to4 of an IPv4 address
  return false;
}

/** Names that only the local machine or network can answer (see the module comment). */
function isLocalName(host: string): boolean {
  const name = host.replace(/\.$/, '');
  if (name === '' || !name.includes('.')) return true;
  return name === 'localhost' || /\.(localhost|local|home\.arpa|internal)$/.test(name);
}

/**
 * True when `hostname` (as `URL.hostname` gives it: lowercase, IPv4 in dotted decimal, IPv6 in brackets) names the
 * user's machine or a private, link-local, unique-local or otherwise non-public address, or a local-only name.
 * An IPv4 or IPv6 literal the parser would not have produced is treated as non-public (refused).
 */
export function isNonPublicHost(hostname: string): boolean {
  const v4 = ipv4Number(hostname);
  if (v4 !== undefined) return isNonPublicV4(v4);
  if (/^[\d.]+$/.test(hostname)) return true;
  if (hostname.startsWith('[')) {
    const v6 = ipv6Groups(hostname);
    return v6 === undefined ? true : isNonPublicV6(v6);
  }
  return isLocalName(hostname);
}
