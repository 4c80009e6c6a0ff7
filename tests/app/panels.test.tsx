// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadEnglish } from '../../src/app/i18n'
import { ContainerInspector } from '../../src/app/inspector/ContainerInspector'
import { EnvPanel } from '../../src/app/panels/EnvPanel'
import { HostsPanel } from '../../src/app/panels/HostsPanel'
import { IptablesPanel } from '../../src/app/panels/IptablesPanel'
import { ProblemsPanel } from '../../src/app/panels/ProblemsPanel'
import { selectDerivation } from '../../src/app/store/selectors'
import { container, link, scenario, seed } from '../builders'
import { renderWithStore } from './renderWithStore'

// These tests render the parts directly, not through their loaders, so they ask for the parts' words first.
beforeAll(() => loadEnglish('panels'))

describe('<EnvPanel>', () => {
  it('asks for a selection first', () => {
    renderWithStore(<EnvPanel />, seed())
    expect(screen.getByText('Select a container to see the variables its links set.')).toBeInTheDocument()
  })

  it('prints the selected container’s link variables as env does, grouped by link', () => {
    const { store } = renderWithStore(<EnvPanel />, seed())
    act(() => store.getState().actions.select({ kind: 'container', id: 'c2' }))
    const group = screen.getByRole('region', { name: 'Variables of --link redis:db' })
    expect([...group.querySelectorAll('.line .text')].map((l) => l.textContent)).toEqual([
      'DB_PORT=tcp://172.17.0.2:6379',
      'DB_PORT_6379_TCP=tcp://172.17.0.2:6379',
      'DB_PORT_6379_TCP_ADDR=172.17.0.2',
      'DB_PORT_6379_TCP_PORT=6379',
      'DB_PORT_6379_TCP_PROTO=tcp',
      'DB_NAME=/suspicious_fermat/db',
    ])
  })

  it('follows an edit at once', () => {
    const { store } = renderWithStore(<EnvPanel />, seed())
    act(() => store.getState().actions.select({ kind: 'container', id: 'c2' }))
    const redis = store.getState().scenario.containers[0]
    if (!redis) throw new Error('redis')
    act(() => store.getState().actions.updateContainer('c1', { ...redis, env: ['PASSWORD=secret'] }))
    expect(screen.getByText(/DB_ENV_PASSWORD=secret/)).toBeInTheDocument()
  })

  it('explains Docker 29’s missing variables', () => {
    const { store } = renderWithStore(<EnvPanel />, seed('29'))
    act(() => store.getState().actions.select({ kind: 'container', id: 'c2' }))
    expect(screen.getByText(/Docker 29 sets no link variables unless/)).toBeInTheDocument()
  })
})

describe('<HostsPanel>', () => {
  it('says Docker 0.10 writes no link lines', () => {
    renderWithStore(<HostsPanel />, seed())
    expect(screen.getByText(/writes no link lines/)).toBeInTheDocument()
  })
  it('prints 1.0’s IP<TAB>alias line', () => {
    const { store } = renderWithStore(<HostsPanel />, seed('1.0'))
    act(() => store.getState().actions.select({ kind: 'container', id: 'c2' }))
    expect(document.querySelector('.output .text')?.textContent).toBe('172.17.0.2\tdb')
  })
})

describe('<IptablesPanel>', () => {
  it('prints both tables exactly as iptables -S does', () => {
    const { store } = renderWithStore(<IptablesPanel />, seed())
    const filter = [...screen.getByTestId('iptables-filter').querySelectorAll('.text')].map((l) => l.textContent)
    expect(filter).toEqual(selectDerivation(store.getState()).report.iptables.filter)
    expect(screen.getByTestId('iptables-nat').textContent).toContain(
      '-A POSTROUTING -s 172.17.0.0/16 ! -d 172.17.0.0/16 -j MASQUERADE',
    )
  })

  it('shows the same rules as a table of chain, match and target', async () => {
    renderWithStore(<IptablesPanel />, seed())
    await userEvent.click(screen.getByRole('radio', { name: 'Table' }))
    const filter = screen.getByRole('region', { name: 'filter table' })
    const rows = within(filter).getAllByRole('row')
    expect(rows).toHaveLength(1 + 8)
    expect(rows[4]?.textContent).toBe(
      'FORWARDfrom 172.17.0.2, to 172.17.0.3, in docker0, out docker0, tcp source port 6379ACCEPT',
    )
  })

  it('marks link rules with the link’s hue', () => {
    renderWithStore(<IptablesPanel />, seed())
    expect(screen.getByTestId('iptables-filter').querySelectorAll('.hue-0')).toHaveLength(2)
  })
})

describe('<ProblemsPanel>', () => {
  it('lists docker’s refusal verbatim and selects the culprit when chosen', async () => {
    const { store } = renderWithStore(
      <ProblemsPanel />,
      scenario({ containers: [container('web'), container('db')], links: [link('web', 'db')] }),
    )
    const problem = screen.getByRole('button', { name: /Could not find entity for db/ })
    expect(problem).toHaveTextContent('web child-not-found')
    await userEvent.click(problem)
    expect(store.getState().selection).toEqual({ kind: 'link', index: 0 })
  })

  it('says when docker refused nothing', () => {
    renderWithStore(<ProblemsPanel />, seed())
    expect(screen.getByText('Docker refused nothing: every container started.')).toBeInTheDocument()
  })
})

describe('<ContainerInspector>', () => {
  it('renames on Enter and refuses a name already taken', async () => {
    const { store } = renderWithStore(<ContainerInspector id="c1" />, seed())
    const name = screen.getByLabelText('Name (--name)')
    await userEvent.clear(name)
    await userEvent.type(name, 'suspicious_fermat{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('Another container is already named suspicious_fermat.')
    expect(store.getState().scenario.containers[0]?.name).toBe('redis')
    await userEvent.clear(name)
    await userEvent.type(name, 'cache{Enter}')
    expect(store.getState().scenario.containers[0]?.name).toBe('cache')
  })

  it('says at once which port the era refuses, and the engine refuses the container', async () => {
    const { store } = renderWithStore(<ContainerInspector id="c1" />, seed())
    const ports = screen.getByLabelText('Exposed ports (one per line)')
    await userEvent.clear(ports)
    await userEvent.type(ports, '99999/tcp')
    expect(screen.getByText('Docker 0.10 refuses 99999/tcp: Invalid containerPort: 99999')).toBeInTheDocument()
    expect(selectDerivation(store.getState()).report.errors[0]).toEqual({
      code: 'invalid-port',
      message: 'Invalid containerPort: 99999',
    })
  })

  it('adds a link from the keyboard: child, alias, Enter', async () => {
    const { store } = renderWithStore(
      <ContainerInspector id="c2" />,
      scenario({ containers: [container('redis', { expose: ['6379'] }), container('client')] }),
    )
    const form = screen.getByRole('form', { name: 'Add a link from client' })
    await userEvent.selectOptions(within(form).getByLabelText('Child'), 'redis')
    await userEvent.type(within(form).getByLabelText('Alias'), 'db{Enter}')
    expect(store.getState().scenario.links).toEqual([{ parent: 'client', child: 'redis', alias: 'db' }])
    expect(selectDerivation(store.getState()).report.containers[1]?.linkEnv.DB_PORT).toBe('tcp://172.17.0.2:6379')
  })

  it('moves a container in the start order', () => {
    const { store } = renderWithStore(<ContainerInspector id="c1" />, seed())
    fireEvent.click(screen.getByRole('button', { name: 'Start later' }))
    expect(store.getState().scenario.containers.map((c) => c.name)).toEqual(['suspicious_fermat', 'redis'])
  })
})
