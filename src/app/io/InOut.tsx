import { useMemo, useState } from 'react'
import type { Derivation, Scenario } from '../../core'
import { exportCompose, exportEnvFiles, exportIptablesSave, exportScript } from '../../core/io'
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
  return (
    <div className="dialog-backdrop">
      <section className="dialog inout" role="dialog" aria-modal="true" aria-labelledby="inout-title">
        <h2 id="inout-title">Import and export</h2>
        <div className="view-switch" role="radiogroup" aria-label="Import or export">
          <label>
            <input type="radio" checked={tab === 'import'} onChange={() => setTab('import')} /> Import
          </label>
          <label>
            <input type="radio" checked={tab === 'export'} onChange={() => setTab('export')} /> Export
          </label>
        </div>
        {tab === 'import' ? <ImportPane onDone={onClose} /> : <ExportPane />}
        <div className="dialog__buttons">
          <button type="button" onClick={onClose}>
            Close
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
  const read = (value: string) => setResult(readAnything(value, docker))
  return (
    <div className="inout__pane">
      <label htmlFor="import-text">
        Paste a shell session with <code>docker run</code> lines, a compose file, scenario JSON or a share link
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
          Read it
        </button>
        <label className="inout__file">
          or a file:{' '}
          <input
            type="file"
            accept=".sh,.txt,.yml,.yaml,.json,text/*,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0]
              if (!file) return
              if (file.size > MAX_IMPORT_CHARS) {
                setResult({
                  ok: false,
                  problem: `${file.name} is ${file.size.toLocaleString('en')} bytes: too large to be a scenario.`,
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
            Read as {result.kind}: {result.scenario.containers.length} container
            {result.scenario.containers.length === 1 ? '' : 's'}, {result.scenario.links.length} link
            {result.scenario.links.length === 1 ? '' : 's'}, Docker {result.scenario.docker}.
          </p>
          {result.ignored.length > 0 && (
            <>
              <p>Flags that do not affect links, left out:</p>
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
            Open it
          </button>
        </div>
      )}
    </div>
  )
}

type Format = 'script' | 'compose' | 'json' | 'iptables' | 'env' | 'png' | 'svg'

const FORMATS: { id: Format; label: string; file: string }[] = [
  { id: 'script', label: 'Shell script (docker run)', file: 'links.sh' },
  { id: 'compose', label: 'Compose file', file: 'compose.yaml' },
  { id: 'json', label: 'Scenario JSON', file: 'scenario.json' },
  { id: 'iptables', label: 'iptables-save', file: 'iptables.rules' },
  { id: 'env', label: '.env file per container', file: 'links.env' },
  { id: 'png', label: 'The canvas as PNG', file: 'link-lab.png' },
  { id: 'svg', label: 'The canvas as SVG', file: 'link-lab.svg' },
]

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
  const derivation = useDerivation()
  const layout = useApp((s) => s.layout)
  const scenario = useMemo(() => joinLayout(derivation.scenario, layout), [derivation.scenario, layout])
  const text = useMemo(() => exported(format, scenario, derivation), [format, scenario, derivation])
  const chosen = FORMATS.find((f) => f.id === format) ?? FORMATS[0]
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
      setProblem('The browser could not draw the canvas into an image.')
    }
  }
  return (
    <div className="inout__pane">
      <label>
        Format{' '}
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          {FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {image ? (
        <button type="button" className="primary" onClick={saveImage}>
          Download {chosen?.file}
        </button>
      ) : (
        <>
          <textarea
            readOnly
            rows={12}
            value={text}
            spellCheck={false}
            aria-label={chosen?.label}
            data-testid="export-text"
          />
          <div className="inout__row">
            <CopyButton text={text} label={`Copy the ${chosen?.label}`} />
            <button
              type="button"
              onClick={() => {
                const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
                download(chosen?.file ?? 'export.txt', url)
                setTimeout(() => URL.revokeObjectURL(url), 1000)
              }}
            >
              Download {chosen?.file}
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
