import './PacketsPanel.css'
import { useMemo, useState } from 'react'
import { type Derivation, type Packet, type Proto, reachabilityMatrix, type Walk, walkPacket } from '../../core'
import { rich, useT } from '../i18n'
import { useDerivation } from '../store/hooks'

/**
 * Where does a packet go? Walk one through the era's chains, rule by rule, and
 * its reply back; or see every pair of containers at once.
 */
export function PacketsPanel() {
  const derivation = useDerivation()
  const running = derivation.containers.filter((c) => c.status === 'running')
  const [choice, setChoice] = useState<Packet | null>(null)
  const packet = valid(choice, derivation) ?? defaultPacket(derivation)
  const walk = useMemo(() => (packet ? walkPacket(derivation, packet) : null), [derivation, packet])
  const t = useT()
  if (running.length < 2 || !packet) {
    return <p className="empty">{t('packets.needTwo')}</p>
  }
  const to = derivation.containers[packet.to]
  const set = (patch: Partial<Packet>) => setChoice({ ...packet, ...patch })
  return (
    <div className="packets">
      <form className="packets__form" aria-label={t('packets.form')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('packets.from')}
          <select value={packet.from} onChange={(e) => set({ from: Number(e.target.value) })}>
            {running.map((c) => (
              <option key={c.index} value={c.index}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('packets.to')}
          <select
            value={packet.to}
            onChange={(e) => {
              const next = Number(e.target.value)
              const port = derivation.containers[next]?.ports[0]
              set({ to: next, ...(port ? { port: port.number, proto: port.proto } : {}) })
            }}
          >
            {running.map((c) => (
              <option key={c.index} value={c.index}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('packets.port')}
          <input
            type="number"
            min={1}
            max={65535}
            value={packet.port}
            onChange={(e) => set({ port: Number(e.target.value) })}
            list="packet-ports"
          />
          <datalist id="packet-ports">
            {to?.ports.map((p) => (
              <option key={`${p.number}/${p.proto}`} value={p.number} />
            ))}
          </datalist>
        </label>
        <label>
          {t('packets.protocol')}
          <select value={packet.proto} onChange={(e) => set({ proto: e.target.value as Proto })}>
            <option value="tcp">tcp</option>
            <option value="udp">udp</option>
          </select>
        </label>
      </form>
      {walk?.problem && <p className="explain">{t.retell(walk.problem)}</p>}
      {walk && !walk.problem && (
        <>
          <WalkView kind="request" walk={walk.request} derivation={derivation} />
          {walk.reply ? (
            <WalkView kind="reply" walk={walk.reply} derivation={derivation} />
          ) : (
            <p className="explain">{t('packets.noReply')}</p>
          )}
        </>
      )}
      <Matrix derivation={derivation} onPick={(p) => setChoice(p)} current={packet} />
    </div>
  )
}

function WalkView({ kind, walk, derivation }: { kind: 'request' | 'reply'; walk: Walk; derivation: Derivation }) {
  const t = useT()
  const title = t(kind === 'request' ? 'packets.request' : 'packets.reply')
  const p = walk.packet
  const decided = walk.decidedBy
  const decider = decided.kind === 'rule' ? derivation.filter[decided.line]?.text : undefined
  const also = (walk.alsoAcceptedBy ?? []).map((line) => derivation.filter[line]?.text).filter(Boolean)
  return (
    <section className={`walk walk--${walk.verdict.toLowerCase()}`} aria-label={title}>
      <h3 className="walk__title">
        {t('packets.walkTitle', {
          title,
          flow: `${p.src}:${p.sport} → ${p.dst}:${p.dport}/${p.proto}`,
          state: p.state === 'NEW' ? t('packets.newConnection') : t('packets.isReply'),
        })}
      </h3>
      <p className="walk__verdict" data-testid={`${kind}-verdict`}>
        <strong>{walk.verdict}</strong>{' '}
        {decided.kind === 'rule'
          ? rich(t('packets.byRule'), { rule: <code>{decider}</code> })
          : decided.kind === 'policy'
            ? rich(t('packets.byPolicy'), { chain: <code>{decided.chain}</code> })
            : null}
      </p>
      {also.length > 0 && (
        <p className="explain">
          {also.length === 1 ? t('packets.alsoOne') : t('packets.alsoMany')}{' '}
          {also.map((t) => (
            <code key={t} className="walk__also">
              {t}
            </code>
          ))}
        </p>
      )}
      <ol className="walk__steps">
        {walk.steps.map((step, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one walk, in order
          <li key={i} className={step.matched ? 'is-match' : 'is-miss'}>
            <span className="walk__mark" aria-hidden="true">
              {step.matched ? '✓' : '·'}
            </span>
            <code>{derivation.filter[step.line]?.text}</code>
            {!step.matched && step.why && <span className="annot"> — {t.retell(step.why)}</span>}
            <span className="visually-hidden">{step.matched ? t('packets.matches') : t('packets.noMatch')}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

function Matrix({
  derivation,
  onPick,
  current,
}: {
  derivation: Derivation
  onPick: (p: Packet) => void
  current: Packet
}) {
  const cells = useMemo(() => reachabilityMatrix(derivation), [derivation])
  const t = useT()
  const running = derivation.containers.filter((c) => c.status === 'running')
  const columns = running.flatMap((c) => c.ports.map((port) => ({ to: c.index, port })))
  if (columns.length === 0) return <p className="empty">{t('packets.noPorts')}</p>
  return (
    <section aria-label={t('packets.reachability')} className="matrix">
      <h3 className="walk__title">{t('packets.who')}</h3>
      <div className="matrix__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('packets.fromTo')}</th>
              {columns.map((col) => (
                <th scope="col" key={`${col.to}-${col.port.number}/${col.port.proto}`}>
                  {derivation.containers[col.to]?.name}
                  <br />
                  <code>
                    {col.port.number}/{col.port.proto}
                  </code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {running.map((from) => (
              <tr key={from.index}>
                <th scope="row">{from.name}</th>
                {columns.map((col) => {
                  const key = `${col.to}-${col.port.number}/${col.port.proto}`
                  if (col.to === from.index) return <td key={key} className="matrix__self" />
                  const cell = cells.find(
                    (c) =>
                      c.from === from.index &&
                      c.to === col.to &&
                      c.port.number === col.port.number &&
                      c.port.proto === col.port.proto,
                  )
                  const ok = cell?.verdict === 'ACCEPT'
                  const here =
                    current.from === from.index &&
                    current.to === col.to &&
                    current.port === col.port.number &&
                    current.proto === col.port.proto
                  return (
                    <td key={key}>
                      <button
                        type="button"
                        className={`matrix__cell ${ok ? 'is-accept' : 'is-drop'}${here ? ' is-current' : ''}`}
                        aria-label={t('packets.cell', {
                          from: from.name,
                          to: derivation.containers[col.to]?.name ?? '',
                          port: `${col.port.number}/${col.port.proto}`,
                          verdict: t(ok ? 'packets.accepted' : 'packets.dropped'),
                        })}
                        onClick={() =>
                          onPick({ from: from.index, to: col.to, port: col.port.number, proto: col.port.proto })
                        }
                      >
                        {ok ? '✓' : '✗'}
                      </button>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

/** A packet worth showing first: from a parent to its child's first port. */
function defaultPacket(d: Derivation): Packet | null {
  const running = d.containers.filter((c) => c.status === 'running')
  for (const link of d.scenario.links) {
    const from = running.find((c) => c.name === link.parent)
    const to = running.find((c) => c.name === link.child)
    const port = to?.ports[0]
    if (from && to && port && from !== to)
      return { from: from.index, to: to.index, port: port.number, proto: port.proto }
  }
  const [a, b] = running
  if (!a || !b) return null
  const port = a.ports[0] ?? b.ports[0]
  return port === a.ports[0] && port
    ? { from: b.index, to: a.index, port: port.number, proto: port.proto }
    : { from: a.index, to: b.index, port: port?.number ?? 80, proto: port?.proto ?? 'tcp' }
}

/** The chosen packet, while both its containers still run. */
function valid(p: Packet | null, d: Derivation): Packet | null {
  if (!p) return null
  const ok = (i: number) => d.containers[i]?.status === 'running'
  return ok(p.from) && ok(p.to) && p.from !== p.to ? p : null
}
