import { promises as dnsPromises } from 'node:dns';
import ipaddr from 'ipaddr.js';

export type OutboundRefusalCode = 'URL_INVALID' | 'URL_SCHEME' | 'URL_PRIVATE' | 'URL_UNRESOLVABLE' | 'URL_NOT_SOURCE';

/**
 * An outbound URL may not be fetched: bad URL or scheme, a non-public address (the SSRF guard), or
 * off the configured source hosts (the source allow-list).
 */
export class OutboundTargetRefusedError extends Error {
  constructor(
    readonly code: OutboundRefusalCode,
    message: string,
    /** The offending address, when there is one. */
    readonly address?: string,
  ) {
    super(message);
    this.name = 'OutboundTargetRefusedError';
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

export type HostLookup = (host: string) => Promise<ResolvedAddress[]>;

export interface ResolvePublicTargetOptions {
  /**
   * Exact host names (case-insensitive, e.g. `receiver.local`) or IP addresses / CIDRs (e.g. `127.0.0.1`,
   * `10.0.0.0/8`, `::1/128`) that may be reached even though they are private — for local testing only.
   * Cloud metadata endpoints are refused even when allow-listed.
   */
  allowHosts?: readonly string[];
  /** Resolver returning ALL addresses of a host; defaults to `dns.promises.lookup(host, { all: true })`. */
  lookup?: HostLookup;
}

/** A checked target: connect to `address` (never re-resolve `url.hostname`). */
export interface PublicTarget {
  url: URL;
  address: string;
  family: 4 | 6;
}

/** Host names that are refused before any resolution. */
const METADATA_HOST_NAMES = new Set(['metadata.google.internal', 'metadata', 'instance-data', 'instance-data.ec2.internal']);
/** Cloud metadata addresses: refused always, allow-list or not. */
const METADATA_ADDRESSES = ['169.254.169.254', '169.254.170.2', 'fd00:ec2::254', '100.100.100.200'].map((a) =>
  ipaddr.parse(a).toNormalizedString(),
);

const defaultLookup: HostLookup = async (host) => dnsPromises.lookup(host, { all: true, verbatim: true });

type Addr = ipaddr.IPv4 | ipaddr.IPv6;

function normaliseHostName(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** `[::1]` → `::1`; other host names unchanged. */
function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** IPv4-mapped IPv6 (`::ffff:a.b.c.d`) → IPv4; anything else unchanged. */
function unmap(addr: Addr): Addr {
  return addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() ? (addr as ipaddr.IPv6).toIPv4Address() : addr;
}

function v4FromParts(hi: number, lo: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

/**
 * Why an address is not publicly routable unicast, or null when it is. IPv6 forms that embed an IPv4
 * address (mapped, NAT64 64:ff9b::/96, 6to4) are judged by the embedded IPv4 address.
 */
export function nonPublicReason(address: string): string | null {
  let parsed: Addr;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return 'not an IP address';
  }
  if (parsed.kind() === 'ipv4') {
    const range = (parsed as ipaddr.IPv4).range();
    return range === 'unicast' ? null : range;
  }
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  const p = v6.parts;
  switch (range) {
    case 'unicast':
      // ipaddr.js calls the deprecated IPv4-compatible block ::/96 "unicast"; it is not.
      if (p.slice(0, 6).every((x) => x === 0)) return 'ipv4Compatible';
      return null;
    case 'ipv4Mapped': {
      const inner = nonPublicReason(v6.toIPv4Address().toString());
      return inner === null ? null : `ipv4Mapped ${inner}`;
    }
    case 'rfc6052': {
      // Only the well-known NAT64 prefix 64:ff9b::/96 carries a public IPv4; 64:ff9b:1::/48 is local use.
      if (p[2] !== 0) return 'rfc6052 local-use';
      const inner = nonPublicReason(v4FromParts(p[6], p[7]).toString());
      return inner === null ? null : `nat64 ${inner}`;
    }
    case '6to4': {
      const inner = nonPublicReason(v4FromParts(p[1], p[2]).toString());
      return inner === null ? null : `6to4 ${inner}`;
    }
    default:
      return range;
  }
}

function isMetadataAddress(addr: Addr): boolean {
  return METADATA_ADDRESSES.includes(unmap(addr).toNormalizedString());
}

interface AllowList {
  names: Set<string>;
  cidrs: [Addr, number][];
}

function compileAllowList(entries: readonly string[] | undefined): AllowList {
  const names = new Set<string>();
  const cidrs: [Addr, number][] = [];
  for (const raw of entries ?? []) {
    const entry = stripBrackets(raw.trim());
    if (!entry) continue;
    if (entry.includes('/') && ipaddr.isValidCIDR(entry)) {
      const [addr, bits] = ipaddr.parseCIDR(entry);
      // An IPv4-mapped IPv6 CIDR (::ffff:127.0.0.0/104) is treated as the IPv4 CIDR it denotes.
      if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
        cidrs.push([(addr as ipaddr.IPv6).toIPv4Address(), bits - 96]);
      } else cidrs.push([addr, bits]);
    } else if (ipaddr.isValid(entry)) {
      const addr = unmap(ipaddr.parse(entry));
      cidrs.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else {
      names.add(normaliseHostName(entry));
    }
  }
  return { names, cidrs };
}

function addressAllowed(addr: Addr, allow: AllowList): boolean {
  const a = unmap(addr);
  return allow.cidrs.some(([net, bits]) => net.kind() === a.kind() && a.match(net, bits));
}

function refusePrivate(host: string, address: string, reason: string): OutboundTargetRefusedError {
  const via = stripBrackets(host) === address ? '' : ` (resolved from ${host})`;
  return new OutboundTargetRefusedError(
    'URL_PRIVATE',
    `URL refused: address ${address}${via} is not a public address (${reason})`,
    address,
  );
}

/**
 * Validates a URL a user gave (a webhook target) and resolves it to ONE checked address to connect to.
 * Every address the host resolves to must be public unicast (or allow-listed); the first is returned.
 * Deliver to the returned address only, so a later DNS answer (rebinding) cannot redirect the request.
 */
export async function resolvePublicTarget(url: string, opts: ResolvePublicTargetOptions = {}): Promise<PublicTarget> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OutboundTargetRefusedError('URL_INVALID', `URL refused: ${JSON.stringify(url)} is not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new OutboundTargetRefusedError('URL_SCHEME', `URL refused: scheme ${parsed.protocol} is not allowed (use http: or https:)`);
  }
  const hostname = stripBrackets(parsed.hostname);
  if (!hostname) {
    throw new OutboundTargetRefusedError('URL_INVALID', `URL refused: ${JSON.stringify(url)} has no host`);
  }

  const allow = compileAllowList(opts.allowHosts);
  const name = normaliseHostName(hostname);
  const isLiteral = ipaddr.isValid(hostname);

  if (!isLiteral && METADATA_HOST_NAMES.has(name)) {
    throw new OutboundTargetRefusedError('URL_PRIVATE', `URL refused: host ${name} is a cloud metadata endpoint`);
  }
  const nameAllowed = !isLiteral && allow.names.has(name);
  if (!isLiteral && !nameAllowed && (name === 'localhost' || name.endsWith('.localhost'))) {
    throw new OutboundTargetRefusedError('URL_PRIVATE', `URL refused: host ${name} is loopback`);
  }

  let resolved: ResolvedAddress[];
  if (isLiteral) {
    resolved = [{ address: hostname, family: ipaddr.parse(hostname).kind() === 'ipv4' ? 4 : 6 }];
  } else {
    try {
      resolved = await (opts.lookup ?? defaultLookup)(hostname);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new OutboundTargetRefusedError('URL_UNRESOLVABLE', `URL refused: host ${hostname} could not be resolved (${detail})`);
    }
    if (!Array.isArray(resolved) || resolved.length === 0) {
      throw new OutboundTargetRefusedError('URL_UNRESOLVABLE', `URL refused: host ${hostname} resolved to no addresses`);
    }
  }

  const checked: { address: string; family: 4 | 6 }[] = [];
  for (const entry of resolved) {
    let addr: Addr;
    try {
      addr = ipaddr.parse(entry.address);
    } catch {
      throw new OutboundTargetRefusedError(
        'URL_UNRESOLVABLE',
        `URL refused: host ${hostname} resolved to an invalid address ${JSON.stringify(entry.address)}`,
      );
    }
    const address = addr.toString();
    if (isMetadataAddress(addr)) throw refusePrivate(hostname, address, 'cloud metadata endpoint');
    const reason = nonPublicReason(address);
    if (reason !== null && !nameAllowed && !addressAllowed(addr, allow)) {
      throw refusePrivate(hostname, address, reason);
    }
    checked.push({ address, family: addr.kind() === 'ipv4' ? 4 : 6 });
  }
  return { url: parsed, address: checked[0].address, family: checked[0].family };
}
