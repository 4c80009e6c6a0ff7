import { hueOf } from '../canvas/flowModel'
import { rich, useT } from '../i18n'
import { useActions, useDerivation } from '../store/hooks'
import { TextField } from './fields'

/** Edit one link: its alias; see its state; remove it. */
export function LinkInspector({ index }: { index: number }) {
  const actions = useActions()
  const derivation = useDerivation()
  const link = derivation.scenario.links[index]
  const t = useT()
  if (!link) return null
  const status = derivation.links[index] ?? 'unused'
  return (
    <section
      className={`inspector hue-line hue-${hueOf(index)}`}
      aria-label={t('link.aria', { parent: link.parent, child: link.child })}
    >
      <h2 className="panel-title">
        {rich(t('link.title'), { parent: <code>{link.parent}</code>, child: <code>{link.child}</code> })}
      </h2>
      <p>
        <code>
          docker run --name {link.parent} --link {link.child}:{link.alias} …
        </code>
      </p>
      <TextField
        label={t('alias.label')}
        value={link.alias}
        testId="inspector-alias"
        onCommit={(alias) => actions.updateLink(index, { ...link, alias })}
        hint={t('link.aliasHint')}
      />
      <p className="inspector__note">{t(`link.status.${status}`)}</p>
      <button type="button" className="danger" onClick={() => actions.removeLink(index)}>
        {t('link.remove')}
      </button>
    </section>
  )
}
