import { type KeyboardEvent, useEffect, useLayoutEffect, useRef } from 'react'
import { type LifecycleAction, lifecycleTakesEffect } from '../../core'
import { useT } from '../i18n'
import { useActions, useApp } from '../store/hooks'
import { selectDerivation } from '../store/selectors'

/** Where the menu opens: the container (by layout id) and a point in the canvas section's coordinates. */
export interface MenuAt {
  readonly id: string
  readonly x: number
  readonly y: number
}

interface Props {
  readonly at: MenuAt
  /** Close the menu (stable: the menu's effects depend on it). */
  readonly onClose: () => void
}

const LIFECYCLE: readonly LifecycleAction[] = ['stop', 'start', 'restart']

/**
 * A container's context menu on the canvas (right click, the Menu key or Shift+F10 on a focused card):
 * `docker stop`, `docker start`, `docker restart`, inspect, remove. Arrow keys move, Escape closes.
 */
export function ContainerMenu({ at, onClose }: Props) {
  const t = useT()
  const actions = useActions()
  const index = useApp((s) => s.layout.ids.indexOf(at.id))
  const name = useApp((s) => s.scenario.containers[index]?.name)
  const status = useApp((s) => selectDerivation(s).containers[index]?.status)
  const menu = useRef<HTMLDivElement>(null)

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', away, true)
    return () => document.removeEventListener('pointerdown', away, true)
  }, [onClose])

  // Keep the whole menu inside the canvas: near its right or bottom edge it opens to the left or upwards.
  useLayoutEffect(() => {
    const el = menu.current
    const room = el?.offsetParent
    if (!el || !room) return
    el.style.left = `${Math.max(0, Math.min(at.x, room.clientWidth - el.offsetWidth - 4))}px`
    el.style.top = `${Math.max(0, Math.min(at.y, room.clientHeight - el.offsetHeight - 4))}px`
  }, [at])

  // The container went away (undo, delete elsewhere): nothing to offer.
  useEffect(() => {
    if (name === undefined) onClose()
  }, [name, onClose])
  if (name === undefined) return null

  // Left with the keyboard or by running a command: focus goes back to the card the menu was opened on.
  const closeToCard = () => {
    const card = menu.current?.parentElement?.querySelector<HTMLElement>(
      `.react-flow__node[data-id="${CSS.escape(at.id)}"]`,
    )
    card?.focus()
    onClose()
  }
  const run = (action: LifecycleAction) => {
    actions.addEvent(action, at.id)
    closeToCard()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])]
    const now = items.indexOf(document.activeElement as HTMLButtonElement)
    const go = (to: number) => items[(to + items.length) % items.length]?.focus()
    if (event.key === 'ArrowDown') go(now + 1)
    else if (event.key === 'ArrowUp') go(now - 1)
    else if (event.key === 'Home') go(0)
    else if (event.key === 'End') go(items.length - 1)
    else if (event.key === 'Escape' || event.key === 'Tab') closeToCard()
    else return
    event.preventDefault()
    event.stopPropagation()
  }

  return (
    <div
      ref={menu}
      role="menu"
      aria-label={t('menu.label', { name })}
      className="container-menu"
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      {LIFECYCLE.map((action) => (
        <button
          key={action}
          type="button"
          role="menuitem"
          disabled={!lifecycleTakesEffect(action, status)}
          onClick={() => run(action)}
        >
          <code>
            docker {action} {name}
          </code>
        </button>
      ))}
      <hr />
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          actions.select({ kind: 'container', id: at.id })
          onClose()
        }}
      >
        {t('menu.inspect')}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          actions.removeContainer(at.id)
          onClose()
        }}
      >
        {t('menu.remove')}
      </button>
    </div>
  )
}
