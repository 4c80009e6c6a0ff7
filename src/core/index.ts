/**
 * The link engine's public surface. Everything outside src/core imports from
 * here; inside the core, modules import each other directly.
 * Two exceptions, imported from their own modules so the app can load them
 * on first use (a bundle keeps whatever a barrel re-exports on the page's
 * first load): the share-link codec ('./share', with DEFLATE and its
 * dictionary) and the change marks' line diff ('./changes', with jsdiff).
 */
export type { DaemonStep, LinkDirection, RuleCause } from './cause'
export type { ChangeSummary, LineChange } from './changes'
export type {
  BoundPort,
  ContainerState,
  ContainerStatus,
  LinkStatus,
  Note,
  Operation,
  Refusal,
  Staleness,
} from './daemon'
export { type Derivation, type DeriveOptions, derive, deriveReport } from './derive'
export {
  type LinkEdit,
  type LinkRefusal,
  lifecycleTakesEffect,
  startOrder,
  withContainer,
  withContainerAt,
  withDaemon,
  withEvent,
  withLink,
  withLinkAt,
  withoutContainer,
  withoutEvent,
  withoutLink,
  withStartPosition,
} from './edit'
export { DEFAULT_ERA, DOCKER_ERAS, type DockerEra, ERAS, type EraBehaviour, eraOf, isDockerEra } from './eras'
export {
  type Behaviour,
  type Explanation,
  explainEnv,
  explainHosts,
  explainRule,
  looksSecret,
  secretsExposed,
} from './explain'
export { generatedName } from './generatedNames'
export type { HostsLine } from './hosts'
export { formatRule, type Rule } from './iptables/rule'
export type { ListedRule } from './iptables/table'
export { type EnvRole, type EnvVar, envPrefix } from './linkEnv'
export { validName } from './names'
export {
  type ConnState,
  type Decider,
  type Packet,
  type PacketWalk,
  type Reachability,
  reachabilityMatrix,
  type Walk,
  type WalkedPacket,
  type WalkStep,
  walkPacket,
} from './packetWalk'
export { fail, ok, type Parsed } from './parsed'
export { LIMITS, parseScenario } from './parseScenario'
export { type Binding, type Port, type Proto, portKey, readExpose, readPublish } from './ports'
export { renderText } from './renderText'
export type { ContainerReport, DeriveError, ErrorCode, IptablesTables, Report } from './report'
export type { ContainerSpec, DaemonSpec, LifecycleAction, LifecycleEvent, LinkSpec, Scenario, XY } from './scenario'
export { staleRule } from './stale'
