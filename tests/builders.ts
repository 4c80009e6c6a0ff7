/** Terse, valid test data. Everything goes through parseScenario, like real input. */
import { type DockerEra, parseScenario, type Scenario } from '../src/core'

export interface ContainerInput {
  readonly name: string
  readonly image?: string
  readonly expose?: readonly string[]
  readonly env?: readonly string[]
  readonly publish?: readonly string[]
}

/** `container('redis', { expose: ['6379/tcp'] })` */
export const container = (name: string, rest: Omit<ContainerInput, 'name'> = {}): ContainerInput => ({ name, ...rest })

/** `link('client', 'redis', 'db')`: `--link redis:db` given to client. */
export const link = (parent: string, child: string, alias = child) => ({ parent, child, alias })

export interface ScenarioInput {
  readonly docker?: DockerEra
  readonly daemon?: Record<string, unknown>
  readonly containers?: readonly ContainerInput[]
  readonly links?: readonly { parent: string; child: string; alias: string }[]
  readonly events?: readonly { action: string; container: string }[]
}

/** A Scenario through the real parser; throws (failing the test) when the input is not valid. */
export function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario({ version: 1, ...input })
  if (!parsed.ok) throw new Error(parsed.problem)
  return parsed.value
}

/** The seed's scenario: `docker run -d --name redis crosbymichael/redis`, then `--link redis:db ubuntu`. */
export const seed = (docker: DockerEra = '0.10'): Scenario =>
  scenario({
    docker,
    containers: [
      container('redis', { image: 'crosbymichael/redis', expose: ['6379/tcp'] }),
      container('suspicious_fermat', { image: 'ubuntu' }),
    ],
    links: [link('suspicious_fermat', 'redis', 'db')],
  })
