/** Scenarios the app ships with. */
import type { Scenario } from '../core'

/**
 * The classic walkthrough (Docker 0.10.0): `docker run -d --name redis crosbymichael/redis`,
 * then `docker run -t -i --link redis:db ubuntu bash`, which docker named suspicious_fermat.
 */
export const EXAMPLE: Scenario = {
  version: 1,
  docker: '0.10',
  daemon: { bridge: 'docker0', bridgeIp: '172.17.42.1/16', icc: true, iptables: true, keepLinkEnv: false },
  containers: [
    {
      name: 'redis',
      image: 'crosbymichael/redis',
      expose: ['6379/tcp'],
      env: [],
      publish: [],
      position: { x: 420, y: 60 },
    },
    { name: 'suspicious_fermat', image: 'ubuntu', expose: [], env: [], publish: [], position: { x: 60, y: 60 } },
  ],
  links: [{ parent: 'suspicious_fermat', child: 'redis', alias: 'db' }],
  events: [],
}
