import { hueOf } from '../canvas/flowModel'
import { useActions, useDerivation } from '../store/hooks'
import { TextField } from './fields'

const STATUS = {
  active: 'Active: its parent runs with it.',
  inactive: 'Registered, but its parent is not running.',
  ignored: 'Ignored by docker: the parent already has a link with this alias (or the alias is empty).',
  refused: 'Refused by docker: see Problems.',
  unused: 'Never used: its parent was refused before links were read.',
} as const

/** Edit one link: its alias; see its state; remove it. */
export function LinkInspector({ index }: { index: number }) {
  const actions = useActions()
  const derivation = useDerivation()
  const link = derivation.scenario.links[index]
  if (!link) return null
  const status = derivation.links[index] ?? 'unused'
  return (
    <section className={`inspector hue-line hue-${hueOf(index)}`} aria-label={`Link ${link.parent} to ${link.child}`}>
      <h2 className="panel-title">
        Link <code>{link.parent}</code> → <code>{link.child}</code>
      </h2>
      <p>
        <code>
          docker run --name {link.parent} --link {link.child}:{link.alias} …
        </code>
      </p>
      <TextField
        label="Alias"
        value={link.alias}
        testId="inspector-alias"
        onCommit={(alias) => actions.updateLink(index, { ...link, alias })}
        hint="Names the variables (ALIAS_PORT…) and, from Docker 0.11, the hosts entry."
      />
      <p className="inspector__note">{STATUS[status]}</p>
      <button type="button" className="danger" onClick={() => actions.removeLink(index)}>
        Remove this link
      </button>
    </section>
  )
}
