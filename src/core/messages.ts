/**
 * Docker's own wording for every refusal, per era: a catalogue, so the engine
 * says *what* went wrong and this file says it the way that docker did.
 * Facts: docker-links-facts.md §9 and §5.2; citations beside each message.
 */
import type { EraBehaviour } from './eras'

type Messages = EraBehaviour['messages']

/** The child of a link does not exist (yet). */
export function childNotFound(m: Messages, child: string): string {
  // v0.10.0:pkg/graphdb (GetByName); v20.10.0:daemon/daemon_unix.go registerLinks.
  return m === 'v0.10'
    ? `Could not find entity for ${child}`
    : `could not get container for ${child}: No such container: ${child}`
}

/** The child exists but is not running when the parent starts (every era). */
export function childNotRunning(child: string, parent: string, alias: string): string {
  return `Cannot link to a non running container: /${child} AS /${parent}/${alias}`
}

/** `--link :alias`: 0.10/1.0 at start (GetFullContainerName); 20.10+ at create (invalidIdentifier). */
export function emptyChild(m: Messages): string {
  return m === 'v0.10'
    ? 'Container name cannot be empty'
    : 'could not get container for : invalid name or ID supplied: ""'
}

/** 0.10/1.0: an alias with `/` asks the name graph for a parent path that does not exist (pkg/graphdb). */
export function noGraphPath(missing: string): string {
  return `Cannot find child for ${missing}`
}

/** 0.10/1.0: the name graph refuses a container as its own child. */
export function selfLink(): string {
  return 'Cannot set self as child'
}

/** A name the era does not allow. */
export function invalidName(m: Messages, name: string): string {
  return m === 'v0.10'
    ? `Invalid container name (${name}), only [a-zA-Z0-9_.-] are allowed`
    : `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`
}

/** A second container with a name already in use. */
export function nameConflict(m: Messages, name: string, id: string): string {
  return m === 'v0.10'
    ? `Conflict, The name ${name} is already assigned to ${id.slice(0, 12)}. You have to delete (or rename) that container to be able to assign ${name} to a container again.`
    : `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`
}

/** A `--link` value docker cannot read. */
export function invalidLink(m: Messages, value: string): string {
  return m === 'v0.10'
    ? `Invalid format to parse.  ${value} should match template name:alias`
    : `bad format for links: ${value}`
}

/** `--iptables=false --icc=false` (refused from 1.1.0; v20.10.0…docker-v29.1.0:daemon/daemon_unix.go verifyDaemonSettings). */
export function iccNeedsIptables(): string {
  return 'You specified --iptables=false with --icc=false. ICC=false uses iptables to function. Please set --icc or --iptables to true'
}

/** A lifecycle event names a container docker never created. */
export function noSuchContainer(m: Messages, name: string): string {
  return m === 'v0.10' ? `No such container: ${name}` : `Error response from daemon: No such container: ${name}`
}

/**
 * The bridge subnet has no address left: the allocator's ErrNoAvailableIPs
 * (v0.10.0, v1.0.0 ipallocator), or libnetwork's endpoint error naming the
 * network by its (made-up) ID (v20.10.0 endpoint.go assignAddressVersion).
 */
export function noAddress(m: Messages, networkId: string): string {
  return m === 'v0.10'
    ? 'no available ip addresses on network'
    : `no available IPv4 addresses on this network's address pools: bridge (${networkId})`
}

/** A host port another container already published. */
export function portTaken(m: Messages, hostIp: string, hostPort: number, proto: string): string {
  return m === 'v0.10'
    ? `Bind for ${hostIp}:${hostPort} failed: port is already allocated`
    : `driver failed programming external connectivity: Bind for ${hostIp}:${hostPort}/${proto} failed: port is already allocated`
}
