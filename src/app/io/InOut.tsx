import './InOut.css'
import { useMemo, useState } from 'react'
import type { Derivation, Scenario } from '../../core'
import { exportCompose, exportEnvFiles, exportIptablesSave, exportScript } from '../../core/io'
import { rich, type Translate, useT } from '../i18n'
import { useActions, useApp, useDerivation } from '../store/hooks'
import { joinLayout } from '../store/layout'
import { CopyButton } from '../ui/CopyButton'
import { MAX_IMPORT_CHARS, type ReadResult, readAnything } from './readAnything'

/**
 * Import (docker run lines, a compose file, scenario JSON, a share link) and
 * export (shell script, compose file, JSON, iptables-save, .env files, the
 * canvas as PNG or SVG). Loaded on demand: its parsers are not in the first load.
 */
export default function InOut({ onClose }: { onClose: () => void }) {
  const [tab, setTab] = useState<'import' | 'export'>('import')
  const t = useT()
  return (
    <div className="dialog-backdrop">
      <section className="dialog inout" role="dialog" aria-modal="true" aria-labelledby="inout-title">
        <h2 id="inout-title">{t('inout.title')}</h2>
        <div className="view-switch" role="radiogroup" aria-label={t('inout.mode')}>
          <label>
            <input type="radio" checked={tab === 'import'} onChange={() => setTab('import')} /> {t('inout.import')}
          </label>
          <label>
            <input type="radio" checked={tab === 'export'} onChange={() => setTab('export')} /> {t('inout.export')}
          </label>
        </div>
        {tab === 'import' ? <ImportPane onDone={onClose} /> : <ExportPane />}
        <div className="dialog__buttons">
          <button type="button" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </section>
    </div>
  )
}

function ImportPane({ onDone }: { onDone: () => void }) {
  const docker = useApp((s) => s.scenario.docker)
  const actions = useActions()
  const [text, setText] = useState('')
  const [result, setResult] = useState<ReadResult | null>(null)
  const t = useT()
  const read = (value: string) => setResult(readAnything(value, docker, t))
  return (
    <div className="inout__pane">
      <label htmlFor="import-text">
        <span>{rich(t('inout.pasteLabel'), { cmd: <code>docker run</code> })}</span>
      </label>
      <textarea
        id="import-text"
        rows={9}
        spellCheck={false}
        value={text}
        placeholder={
          '$ sudo docker run -d --name redis crosbymichael/redis\n$ sudo docker run -t -i --link redis:db ubuntu bash'
        }
        onChange={(e) => {
          setText(e.target.value)
          setResult(null)
        }}
      />
      <div className="inout__row">
        <button type="button" className="primary" onClick={() => read(text)}>
          {t('inout.read')}
        </button>
        <label className="inout__file">
          {t('inout.orFile')}{' '}
          <input
            type="file"
            accept=".sh,.txt,.yml,.yaml,.json,text/*,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0]
              if (!file) return
              if (file.size > MAX_IMPORT_CHARS) {
                setResult({
                  ok: false,
                  problem: t('inout.fileTooLarge', { name: file.name, size: file.size.toLocaleString('en') }),
                })
                return
              }
              const value = await file.text()
              setText(value)
              read(value)
            }}
          />
        </label>
      </div>
      {result && !result.ok && (
        <p className="field__problem" role="alert">
          {result.problem}
        </p>
      )}
      {result?.ok && (
        <div className="inout__result" role="status">
          <p>
            {t('inout.readAs', {
              kind: t(`inout.kind.${result.kind}`),
              containers: result.scenario.containers.length,
              links: result.scenario.links.length,
              docker: result.scenario.docker,
            })}
          </p>
          {result.ignored.length > 0 && (
            <>
              <p>{t('inout.ignored')}</p>
              <ul className="inout__list">
                {result.ignored.map((line) => (
                  <li key={line}>
                    <code>{line}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.notes.length > 0 && (
            <ul className="inout__list">
              {result.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => {
              actions.load(result.scenario)
              onDone()
            }}
          >
            {t('inout.open')}
          </button>
        </div>
      )}
    </div>
  )
}

type Format = 'script' | 'compose' | 'json' | 'iptables' | 'env' | 'png' | 'svg'

const FORMATS: { id: Format; file: string }[] = [
  { id: 'script', file: 'links.sh' },
  { id: 'compose', file: 'compose.yaml' },
  { id: 'json', file: 'scenario.json' },
  { id: 'iptables', file: 'iptables.rules' },
  { id: 'env', file: 'links.env' },
  { id: 'png', file: 'link-lab.png' },
  { id: 'svg', file: 'link-lab.svg' },
]

/** A format's name: iptables-save is the tool's own name in every language. */
const formatLabel = (format: Format, t: Translate): string =>
  format === 'iptables' ? 'iptables-save' : t(`inout.format.${format}`)

function exported(format: Format, scenario: Scenario, derivation: Derivation): string {
  switch (format) {
    case 'script':
      return exportScript(scenario)
    case 'compose':
      return exportCompose(scenario)
    case 'json':
      return `${JSON.stringify(scenario, null, 2)}\n`
    case 'iptables':
      return exportIptablesSave(derivation)
    case 'env':
      return exportEnvFiles(derivation)
        .map((f) => `# ${f.name}\n${f.text}`)
        .join('\n')
    default:
      return ''
  }
}

function download(name: string, href: string) {
  const a = document.createElement('a')
  a.href = href
  a.download = name
  a.click()
}

function ExportPane() {
  const [format, setFormat] = useState<Format>('script')
  const [problem, setProblem] = useState<string | null>(null)
  const t = useT()
  const derivation = useDerivation()
  const layout = useApp((s) => s.layout)
  const scenario = useMemo(() => joinLayout(derivation.scenario, layout), [derivation.scenario, layout])
  const text = useMemo(() => exported(format, scenario, derivation), [format, scenario, derivation])
  const chosen = FORMATS.find((f) => f.id === format) ?? FORMATS[0]
  const label = formatLabel(format, t)
  const image = format === 'png' || format === 'svg'
  const saveImage = async () => {
    setProblem(null)
    const canvas = document.querySelector<HTMLElement>('.react-flow')
    if (!canvas) return
    try {
      const { toPng, toSvg } = await import('html-to-image')
      const style = getComputedStyle(document.body)
      const options = {
        backgroundColor: style.backgroundColor,
        filter: (n: Node) => !(n instanceof HTMLElement && n.classList.contains('react-flow__controls')),
      }
      download(
        chosen?.file ?? 'link-lab',
        format === 'png' ? await toPng(canvas, options) : await toSvg(canvas, options),
      )
    } catch {
      setProblem(t('inout.imageFailed'))
    }
  }
  return (
    <div className="inout__pane">
      <label>
        {t('inout.format')}{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {formatLabel(f.id, t)}
            </option>
          ))}
        </select>
      </label>
      {image ? (
        <button type="button" className="primary" onClick={saveImage}>
          {t('inout.download', { file: chosen?.file ?? '' })}
        </button>
      ) : (
        <>
          <textarea readOnly rows={12} value={text} spellCheck={false} aria-label={label} data-testid="export-text" />
          <div className="inout__row">
            <CopyButton text={text} label={t('inout.copy', { what: label })} />
            <button
              type="button"
              onClick={() => {
                const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
                download(chosen?.file ?? 'export.txt', url)
                setTimeout(() => URL.revokeObjectURL(url), 1000)
              }}
            >
              {t('inout.download', { file: chosen?.file ?? '' })}
            </button>
          </div>
        </>
      )}
      {problem && (
        <p className="field__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
