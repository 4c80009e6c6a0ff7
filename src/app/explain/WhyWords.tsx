import type { Explanation } from '../../core'
import { rich, useT } from '../i18n'
import { explanationWords } from './words'

/** The explanation of one line in words, with the release that brought it. Loaded with its sentences. */
export function WhyWords({ explained }: { explained: Explanation }) {
  const t = useT()
  return (
    <>
      <p className="why__text">{explanationWords(explained, t)}</p>
      <p className="why__since">
        {rich(t('why.since'), { since: explained.since, source: <code>{explained.source}</code> })}
      </p>
    </>
  )
}
