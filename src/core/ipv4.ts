/** IPv4 arithmetic on unsigned 32-bit numbers: just what bridges and allocators need. */

export interface Subnet {
  /** The bridge's own address (`--bip` without the prefix). */
  readonly address: number
  readonly prefix: number
  /** The network address (address with the host bits cleared). */
  readonly network: number
  /** Number of addresses in the subnet, network and broadcast included. */
  readonly size: number
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

/** `172.17.0.2` → number, or `null` when it is not a dotted quad. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  let value = 0
  for (const part of parts) {
    if (!OCTET.test(part)) return null
    value = value * 256 + Number(part)
  }
  return value
}

/** number → `172.17.0.2`. */
export function formatIpv4(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`
}

/**
 * Read `--bip` (`172.17.42.1/16`).
 *
 * @example
 * parseSubnet('172.17.42.1/16')  //=> { address: …42.1, prefix: 16, network: 172.17.0.0, size: 65536 }
 * parseSubnet('172.17.42.1')     //=> null
 */
export function parseSubnet(text: string): Subnet | null {
  const slash = text.indexOf('/')
  if (slash < 0) return null
  const address = parseIpv4(text.slice(0, slash))
  const prefixText = text.slice(slash + 1)
  if (address === null || !/^(3[0-2]|[12]?\d)$/.test(prefixText)) return null
  const prefix = Number(prefixText)
  const size = 2 ** (32 - prefix)
  const network = address - (address % size)
  return { address, prefix, network, size }
}

/** `172.17.0.0/16`: the subnet as iptables prints it. */
export function formatNetwork(subnet: Subnet): string {
  return `${formatIpv4(subnet.network)}/${subnet.prefix}`
}
