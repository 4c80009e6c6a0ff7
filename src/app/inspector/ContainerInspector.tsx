import { Fragment, useState } from 'react'
import { ERAS, lifecycleTakesEffect, readExpose, readPublish } from '../../core'
import { hueOf } from '../canvas/flowModel'
import { rich, useT } from '../i18n'
import { useActions, useApp, useDerivation } from '../store/hooks'
import { LinesField, TextField } from './fields'

const LIFECYCLE = ['stop', 'start', 'restart'] as const

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
  const t = useT()
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
    <section className="inspector" aria-label={t('container.aria', { name: spec.name })}>
      <h2 className="panel-title">{rich(t('container.title'), { name: <code>{spec.name}</code> })}</h2>
      <TextField
        label={t('container.name')}
        value={spec.name}
        testId="inspector-name"
        check={(name) =>
          name === '' ? t('container.nameNeeded') : others.includes(name) ? t('container.nameTaken', { name }) : null
        }
        onCommit={(name) => actions.updateContainer(id, { ...spec, name })}
      />
      <TextField
        label={t('container.image')}
        value={spec.image}
        onCommit={(image) => actions.updateContainer(id, { ...spec, image })}
      />
      <LinesField
        label={t('container.exposed')}
        value={spec.expose}
        placeholder={era.exposeRanges ? '6379\n53/udp\n7000-7002/tcp' : '6379\n53/udp'}
        onCommit={(expose) => actions.updateContainer(id, { ...spec, expose })}
        hint={
          badPorts.length > 0 ? (
            <span className="field__problem">
              {t('container.refuses', { docker: scenario.docker, what: badPorts.join('; ') })}
            </span>
          ) : era.exposeRanges ? (
            t('container.exposeHintRanges')
          ) : (
            t('container.exposeHintNoRanges')
          )
        }
      />
      <LinesField
        label={t('container.env')}
        value={spec.env}
        placeholder="PASSWORD=secret"
        onCommit={(env) => actions.updateContainer(id, { ...spec, env })}
        hint={t('container.envHint')}
      />
      <LinesField
        label={t('container.published')}
        value={spec.publish}
        placeholder={era.randomHostPorts ? '8080:80\n127.0.0.1:5300:53/udp\n80' : '8080:80\n127.0.0.1:5300:53/udp'}
        onCommit={(publish) => actions.updateContainer(id, { ...spec, publish })}
        hint={
          badPublish.length > 0 ? (
            <span className="field__problem">
              {t('container.refuses', { docker: scenario.docker, what: badPublish.join('; ') })}
            </span>
          ) : (
            t('container.publishHint')
          )
        }
      />

      <h3 className="inspector__sub">{t('container.lifecycle')}</h3>
      <p className="inspector__order">
        {state?.status === 'absent'
          ? t('container.neverCreated')
          : running
            ? t('container.runningAt', { ip: state?.ip ?? '' })
            : t('container.notRunning')}{' '}
        {LIFECYCLE.map((action) => (
          <Fragment key={action}>
            <button
              type="button"
              disabled={!lifecycleTakesEffect(action, state?.status)}
              onClick={() => actions.addEvent(action, id)}
            >
              docker {action}
            </button>{' '}
          </Fragment>
        ))}
      </p>

      <h3 className="inspector__sub">{t('container.linksFrom', { name: spec.name })}</h3>
      {asParent.length === 0 && <p className="empty">{t('container.noneYet')}</p>}
      <ul className="link-list">
        {asParent.map(({ link, index: i }) => (
          <li key={i} className={`hue-line hue-${hueOf(i)}`}>
            <code>
              --link {link.child}:{link.alias}
            </code>
            <button type="button" onClick={() => actions.select({ kind: 'link', index: i })}>
              {t('container.edit')}
            </button>
            <button
              type="button"
              onClick={() => actions.removeLink(i)}
              aria-label={t('container.removeLink', { link: `${link.child}:${link.alias}` })}
            >
              {t('container.remove')}
            </button>
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <form
          className="add-link"
          aria-label={t('container.addLinkForm', { name: spec.name })}
          onSubmit={(e) => {
            e.preventDefault()
            addLink()
          }}
        >
          <label>
            {t('container.child')}
            <select value={childName} onChange={(e) => setChild(e.target.value)}>
              {others.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            {t('alias.label')}
            <input
              value={alias}
              placeholder={childName}
              onChange={(e) => setAlias(e.target.value)}
              spellCheck={false}
            />
          </label>
          <button type="submit">{t('container.addLink')}</button>
        </form>
      )}
      {asChild.length > 0 && (
        <p className="inspector__note">
          {t('container.linkedFrom')}{' '}
          {asChild.map(({ link, index: i }) => (
            <code key={i} className={`chip hue-${hueOf(i)}`}>
              {t('container.linkedAs', { parent: link.parent, alias: link.alias })}
            </code>
          ))}
        </p>
      )}

      <h3 className="inspector__sub">{t('container.startOrder')}</h3>
      <p className="inspector__order">
        {t('container.started', { n: index + 1, of: scenario.containers.length })}{' '}
        <button type="button" disabled={index === 0} onClick={() => actions.reorder(id, -1)}>
          {t('container.earlier')}
        </button>{' '}
        <button
          type="button"
          disabled={index === scenario.containers.length - 1}
          onClick={() => actions.reorder(id, 1)}
        >
          {t('container.later')}
        </button>
      </p>
      <button type="button" className="danger" onClick={() => actions.removeContainer(id)}>
        {t('container.removeContainer', { name: spec.name })}
      </button>
    </section>
  )
}
