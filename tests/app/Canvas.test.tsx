// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ReactFlowProvider } from '@xyflow/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { Canvas } from '../../src/app/canvas/Canvas'
import { seed } from '../builders'
import { mockReactFlow } from './mockReactFlow'
import { renderWithStore } from './renderWithStore'

beforeAll(mockReactFlow)

const renderCanvas = (s = seed()) =>
  renderWithStore(
    <ReactFlowProvider>
      <div style={{ width: 900, height: 600 }}>
        <Canvas />
      </div>
    </ReactFlowProvider>,
    s,
  )

describe('<Canvas>', () => {
  it('draws each container with its address and each link with its alias', async () => {
    const { container } = renderCanvas()
    expect(screen.getByTestId('container-redis')).toHaveTextContent('redis')
    expect(screen.getByTestId('container-redis')).toHaveTextContent('172.17.0.2')
    expect(screen.getByTestId('container-redis')).toHaveTextContent('6379/tcp')
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(1))
    expect(screen.getByTestId('link-label-0')).toHaveTextContent('db')
    expect(screen.getByRole('img', { name: 'Bridge docker0 172.17.42.1/16' })).toBeInTheDocument()
  })

  it('shows a refused container with docker’s message', async () => {
    const { store } = renderCanvas()
    act(() => store.getState().actions.reorder('c1', 1))
    expect(screen.getByTestId('container-suspicious_fermat')).toHaveTextContent('Could not find entity for redis')
    expect(screen.getByTestId('container-suspicious_fermat')).toHaveClass('is-refused')
  })

  it('selects a container on click and deletes it with the Delete key', async () => {
    const { store } = renderCanvas()
    // fireEvent, not user-event: d3-drag reads event.view, which user-event leaves null (toolchain notes).
    fireEvent.click(screen.getByText('redis'))
    await waitFor(() => expect(store.getState().selection).toEqual({ kind: 'container', id: 'c1' }))
    await userEvent.keyboard('{Delete}')
    await waitFor(() => expect(store.getState().scenario.containers.map((c) => c.name)).toEqual(['suspicious_fermat']))
    expect(store.getState().scenario.links).toEqual([])
  })

  it('invites a first-time user with the classic example', async () => {
    const { store } = renderWithStore(
      <ReactFlowProvider>
        <div style={{ width: 900, height: 600 }}>
          <Canvas />
        </div>
      </ReactFlowProvider>,
    )
    await userEvent.click(screen.getByRole('button', { name: /Load the example/ }))
    expect(store.getState().scenario.containers.map((c) => c.name)).toEqual(['redis', 'suspicious_fermat'])
  })
  it('opens a container’s menu on right click and runs docker stop from it', async () => {
    const { store } = renderCanvas()
    fireEvent.contextMenu(screen.getByTestId('container-redis'), { clientX: 100, clientY: 100 })
    const menu = await screen.findByRole('menu', { name: 'Container redis' })
    expect(menu).toContainElement(screen.getByRole('menuitem', { name: 'docker start redis' }))
    expect(screen.getByRole('menuitem', { name: 'docker start redis' })).toBeDisabled()
    fireEvent.click(screen.getByRole('menuitem', { name: 'docker stop redis' }))
    expect(store.getState().scenario.events).toEqual([{ action: 'stop', container: 'redis' }])
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })

  it('opens the menu from the keyboard and closes it with Escape, changing nothing', async () => {
    const { store, container } = renderCanvas()
    const card = container.querySelector<HTMLElement>('.react-flow__node[data-id="c1"]')
    if (!card) throw new Error('no card for c1')
    fireEvent.keyDown(card, { key: 'F10', shiftKey: true })
    const stop = await screen.findByRole('menuitem', { name: 'docker stop redis' })
    await waitFor(() => expect(stop).toHaveFocus())
    fireEvent.keyDown(stop, { key: 'ArrowDown' })
    expect(screen.getByRole('menuitem', { name: 'docker restart redis' })).toHaveFocus()
    fireEvent.keyDown(stop, { key: 'Escape' })
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(store.getState().scenario.events).toEqual([])
  })
})
