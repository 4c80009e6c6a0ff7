import { describe, expect, it } from 'vitest'
import { selectBridgeGeometry } from '../../src/app/canvas/bridgeGeometry'
import { createAppStore } from '../../src/app/store/appStore'

const ubuntu = { image: 'ubuntu', expose: [], env: [] }

describe('the bridge drawn under the cards', () => {
  it('spans every card, its bus below the lowest, a veth line from each card', () => {
    const store = createAppStore()
    store.getState().actions.addContainer(ubuntu, { x: 0, y: 0 })
    store.getState().actions.addContainer(ubuntu, { x: 400, y: 100 })
    expect(selectBridgeGeometry(store.getState())).toMatchObject({
      left: -60,
      right: 660,
      top: 0,
      busY: 290,
      drops: [
        { x: 100, y: 20 },
        { x: 500, y: 120 },
      ],
    })
  })

  it('keeps the bus where it was while a card is dragged (its line follows), and moves it when let go', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.addContainer(ubuntu, { x: 0, y: 0 })
    const dragged = actions.addContainer(ubuntu, { x: 400, y: 100 })
    actions.startDrag()
    actions.move(dragged, { x: 900, y: 700 }, true)
    const during = selectBridgeGeometry(store.getState())
    expect(during).toMatchObject({ left: -60, right: 660, top: 0, busY: 290 })
    expect(during.drops[1]).toEqual({ x: 1000, y: 720 })
    actions.endDrag()
    expect(selectBridgeGeometry(store.getState())).toMatchObject({ left: -60, right: 1160, top: 0, busY: 890 })
  })
})
