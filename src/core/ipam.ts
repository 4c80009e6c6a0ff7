/**
 * The three address allocators docker's default bridge has used. Each hands out
 * addresses in request order and takes released ones back. State lives in one
 * derivation run; the functions here are the only place that knows the policy.
 * Facts: docker-links-facts.md §8, lifecycle-and-publish-facts.md §2.
 */
import type { EraBehaviour } from './eras'
import type { Subnet } from './ipv4'

export interface Allocator {
  /** The next address, or `null` when the subnet has none left. */
  request(): number | null
  release(address: number): void
}

export function createAllocator(kind: EraBehaviour['allocator'], subnet: Subnet): Allocator {
  switch (kind) {
    case 'reuse-released':
      return reuseReleased(subnet)
    case 'next-after-last':
      return nextAfterLast(subnet)
    case 'lowest-free':
      return lowestFree(subnet)
  }
}

/**
 * Docker 0.9–0.11 (`v0.10.0:runtime/networkdriver/ipallocator/allocator.go`):
 * released positions are handed out again first, smallest first; otherwise
 * the search goes upward from the highest position in use, skipping the
 * subnet's first host and the bridge's own address, wrapping below broadcast.
 */
function reuseReleased(subnet: Subnet): Allocator {
  const max = subnet.size - 2
  const own = subnet.address - subnet.network
  const allocated = new Set<number>()
  const released: number[] = [] // sorted ascending
  let highest = 0 // the allocated set's largest element ("PullBack"), 0 when empty

  const take = (pos: number): number => {
    allocated.add(pos)
    if (pos > highest) highest = pos
    return subnet.network + pos
  }
  return {
    request() {
      const reused = released.shift()
      if (reused !== undefined) return take(reused)
      let pos = highest
      for (let i = 0; i < max; i++) {
        pos = (pos % max) + 1
        if (pos === own || pos === 1 || allocated.has(pos)) continue
        return take(pos)
      }
      return null
    },
    release(address) {
      const pos = address - subnet.network
      if (!allocated.delete(pos)) return
      if (pos === highest) highest = Math.max(0, ...allocated)
      const at = released.findIndex((p) => p > pos)
      if (!released.includes(pos)) released.splice(at < 0 ? released.length : at, 0, pos)
    },
  }
}

/**
 * Docker 0.12–1.x (`v1.0.0:daemon/networkdriver/ipallocator/allocator.go`):
 * the search starts after the last position handed out, so a released address
 * comes back only after the subnet wrapped around.
 */
function nextAfterLast(subnet: Subnet): Allocator {
  const max = subnet.size - 2
  const own = subnet.address - subnet.network
  const allocated = new Set<number>()
  let last = 0
  return {
    request() {
      let pos = last
      for (let i = 0; i < max; i++) {
        pos = (pos % max) + 1
        if (pos === own || pos === 1 || allocated.has(pos)) continue
        allocated.add(pos)
        last = pos
        return subnet.network + pos
      }
      return null
    },
    release(address) {
      allocated.delete(address - subnet.network)
    },
  }
}

/**
 * libnetwork's default IPAM (1.9 onward): the lowest free address of the
 * subnet, never the network address, the broadcast or the bridge (gateway).
 */
function lowestFree(subnet: Subnet): Allocator {
  const own = subnet.address - subnet.network
  const last = subnet.size - 2 // highest usable position (broadcast excluded)
  const freed: number[] = [] // sorted ascending, all below `fresh`
  let fresh = 1 // every position from here up was never handed out
  return {
    request() {
      const reused = freed.shift()
      if (reused !== undefined) return subnet.network + reused
      while (fresh === own) fresh++
      if (fresh > last) return null
      return subnet.network + fresh++
    },
    release(address) {
      const pos = address - subnet.network
      const at = freed.findIndex((p) => p > pos)
      freed.splice(at < 0 ? freed.length : at, 0, pos)
    },
  }
}
