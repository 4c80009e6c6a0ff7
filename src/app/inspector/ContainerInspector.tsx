import { useState } from 'react'
import { ERAS, readExpose, readPublish } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { useActions, useApp, useDerivation } from '../store/hooks'
import { LinesField, TextField } from './fields'

/** Edit one container: name, image, exposed ports, env, its links and its place in the start order. */
export function ContainerInspector({ id }: { id: string }) {
  const actions = useActions()
  const derivation = useDerivation()
  const ids = useApp((s) => s.layout.ids)
  const { scenario } = derivation
  const index = ids.indexOf(id)
  const spec = scenario.containers[index]
  const [child, setChild] = useState('')
  const [alias, setAlias] = useState('')
  if (!spec) return null
  const era = ERAS[scenario.docker]
  const others = scenario.containers.filter((_, i) => i !== index).map((c) => c.name)
  const childName = child || others[0] || ''
  const badPorts = spec.expose.flatMap((p) => {
    const read = readExpose(p, era)
    return 'problem' in read ? [`${p}: ${read.problem}`] : []
  })
  const badPublish = spec.publish.flatMap((p) => {
    const read = readPublish(p, era)
    return 'problem' in read ? [`${p}: ${read.problem}`] : []
  })
  const state = derivation.containers[index]
  const running = state?.status === 'running'
  const asParent = scenario.links.flatMap((l, i) => (l.parent === spec.name ? [{ link: l, index: i }] : []))
  const asChild = scenario.links.flatMap((l, i) => (l.child === spec.name ? [{ link: l, index: i }] : []))
  const addLink = () => {
    if (!childName) return
    if (actions.addLink({ parent: spec.name, child: childName, alias: alias.trim() || childName })) setAlias('')
  }
  return (
    <section className="inspector" aria-label={`Container ${spec.name}`}>
      <h2 className="panel-title">
        Container <code>{spec.name}</code>
      </h2>
      <TextField
        label="Name (--name)"
        value={spec.name}
        testId="inspector-name"
        check={(name) =>
          name === ''
            ? 'A name is needed: Link Lab names every container.'
            : others.includes(name)
              ? `Another container is already named ${name}.`
              : null
        }
        onCommit={(name) => actions.updateContainer(id, { ...spec, name })}
      />
      <TextField
        label="Image"
        value={spec.image}
        onCommit={(image) => actions.updateContainer(id, { ...spec, image })}
      />
      <LinesField
        label="Exposed ports (one per line)"
        value={spec.expose}
        placeholder={era.exposeRanges ? '6379\n53/udp\n7000-7002/tcp' : '6379\n53/udp'}
        onCommit={(expose) => actions.updateContainer(id, { ...spec, expose })}
        hint={
          badPorts.length > 0 ? (
            <span className="field__problem">
              Docker {scenario.docker} refuses {badPorts.join('; ')}
            </span>
          ) : (
            <>PORT, PORT/udp{era.exposeRanges ? ', or a range START-END/PROTO' : ' (ranges only from Docker 1.5)'}</>
          )
        }
      />
      <LinesField
        label="Environment (KEY=VALUE, one per line)"
        value={spec.env}
        placeholder="PASSWORD=secret"
        onCommit={(env) => actions.updateContainer(id, { ...spec, env })}
        hint="Copied into every parent as ALIAS_ENV_KEY (HOME and PATH excepted)."
      />
      <LinesField
        label="Published ports (-p, one per line)"
        value={spec.publish}
        placeholder={era.randomHostPorts ? '8080:80\n127.0.0.1:5300:53/udp\n80' : '8080:80\n127.0.0.1:5300:53/udp'}
        onCommit={(publish) => actions.updateContainer(id, { ...spec, publish })}
        hint={
          badPublish.length > 0 ? (
            <span className="field__problem">
              Docker {scenario.docker} refuses {badPublish.join('; ')}
            </span>
          ) : (
            'A published port is also exposed: links see it. It adds a DNAT rule and an ACCEPT rule.'
          )
        }
      />

      <h3 className="inspector__sub">Lifecycle</h3>
      <p className="inspector__order">
        {state?.status === 'absent'
          ? 'Docker never created it.'
          : running
            ? `Running at ${state?.ip}.`
            : 'Not running.'}{' '}
        <button type="button" disabled={!running} onClick={() => actions.addEvent('stop', id)}>
          docker stop
        </button>{' '}
        <button
          type="button"
          disabled={running || state?.status === 'absent'}
          onClick={() => actions.addEvent('start', id)}
        >
          docker start
        </button>{' '}
        <button type="button" disabled={state?.status === 'absent'} onClick={() => actions.addEvent('restart', id)}>
          docker restart
        </button>
      </p>

      <h3 className="inspector__sub">Links from {spec.name}</h3>
      {asParent.length === 0 && <p className="empty">None yet.</p>}
      <ul className="link-list">
        {asParent.map(({ link, index: i }) => (
          <li key={i} className={`hue-line hue-${hueOf(i)}`}>
            <code>
              --link {link.child}:{link.alias}
            </code>
            <button type="button" onClick={() => actions.select({ kind: 'link', index: i })}>
              Edit
            </button>
            <button
              type="button"
              onClick={() => actions.removeLink(i)}
              aria-label={`Remove link ${link.child}:${link.alias}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <form
          className="add-link"
          aria-label={`Add a link from ${spec.name}`}
          onSubmit={(e) => {
            e.preventDefault()
            addLink()
          }}
        >
          <label>
            Child
            <select value={childName} onChange={(e) => setChild(e.target.value)}>
              {others.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            Alias
            <input
              value={alias}
              placeholder={childName}
              onChange={(e) => setAlias(e.target.value)}
              spellCheck={false}
            />
          </label>
          <button type="submit">Add link</button>
        </form>
      )}
      {asChild.length > 0 && (
        <p className="inspector__note">
          Linked from:{' '}
          {asChild.map(({ link, index: i }) => (
            <code key={i} className={`chip hue-${hueOf(i)}`}>
              {link.parent} as {link.alias}
            </code>
          ))}
        </p>
      )}

      <h3 className="inspector__sub">Start order</h3>
      <p className="inspector__order">
        Started {index + 1} of {scenario.containers.length}.{' '}
        <button type="button" disabled={index === 0} onClick={() => actions.reorder(id, -1)}>
          Start earlier
        </button>{' '}
        <button
          type="button"
          disabled={index === scenario.containers.length - 1}
          onClick={() => actions.reorder(id, 1)}
        >
          Start later
        </button>
      </p>
      <button type="button" className="danger" onClick={() => actions.removeContainer(id)}>
        Remove {spec.name}
      </button>
    </section>
  )
}
