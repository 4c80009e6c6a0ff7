/**
 * The app's one store, in three slices with one writer each:
 * - `scenario`: what the engine reads (replaced only through the pure edits of src/core/edit.ts);
 * - `layout`: ids and positions of the canvas (the engine never reads it);
 * - `selection` and `notice`: this session only, never shared.
 * Actions choose which slice to replace; the domain logic lives in the core.
 */
import { createStore } from 'zustand/vanilla'
import {
  type ContainerSpec,
  type DaemonSpec,
  type DockerEra,
  ERAS,
  type Explanation,
  generatedName,
  type LifecycleAction,
  type LinkSpec,
  type Scenario,
  withContainer,
  withContainerAt,
  withDaemon,
  withEvent,
  withLink,
  withLinkAt,
  withoutContainer,
  withoutEvent,
  withoutLink,
  withStartPosition,
  type XY,
} from '../../core'
import { EXAMPLE } from '../examples'
import { EMPTY_HISTORY, type History, recorded, redone, type Snapshot, undone } from './history'
import { freePosition, type Layout, splitLayout } from './layout'

export type Selection =
  | { readonly kind: 'container'; readonly id: string }
  | { readonly kind: 'link'; readonly index: number }
  | { readonly kind: 'daemon' }
  | null

/** A one-line message about the last edit: what moved, or why an edit was refused. */
export interface Notice {
  readonly tone: 'info' | 'refusal'
  readonly text: string
}

/** A link drawn on the canvas that still needs its alias. */
export interface PendingLink {
  readonly parent: string
  readonly child: string
}

/** What the pointer or the focus is on: a line (with why it is there), a link or a container. */
export interface Pointed {
  readonly explanation?: Explanation
  readonly links: readonly number[]
  readonly containers: readonly number[]
}

/** A message about the workspace as a whole: a shared scenario opened over kept work, or a problem. */
export type Banner =
  | { readonly kind: 'kept-work'; readonly work: Scenario }
  | { readonly kind: 'problem'; readonly text: string }

export interface AppState {
  readonly scenario: Scenario
  readonly layout: Layout
  readonly selection: Selection
  readonly notice: Notice | null
  readonly pendingLink: PendingLink | null
  readonly history: History
  readonly banner: Banner | null
  /** The workspace as it was when a drag began: the drag becomes one undo step when it ends. */
  readonly dragOrigin: Snapshot | null
  /** The timeline's position: show the host after this many operations (`null`: after all of them). */
  readonly step: number | null
  /** What the host looked like before the last change: the listings mark what differs from it. */
  readonly baseline: { readonly scenario: Scenario; readonly step: number | null } | null
  /** Session only: what is pointed at, so its cause and effects light up together. */
  readonly pointed: Pointed | null
  /** The explanation last pointed at (kept when the pointer leaves, so it can be read). */
  readonly explained: Explanation | null
  /** `view`: presenter / read-only mode (`?mode=view`): no editing, large type, nothing saved. */
  readonly mode: 'edit' | 'view'
  /** In view mode, the user's own saved work, offered back when they edit a copy. */
  readonly keptWork: Scenario | null
  readonly actions: AppActions
}

/** The image a new container starts from. */
export interface ContainerTemplate {
  readonly image: string
  readonly expose: readonly string[]
  readonly env: readonly string[]
}

export interface AppActions {
  /** Open a scenario as an undoable edit (import, preset, restore). */
  load(scenario: Scenario): void
  /** Start afresh from a scenario: no history (the page's first load). */
  reset(scenario: Scenario, banner?: Banner | null): void
  /** The classic walkthrough: redis, then a client with `--link redis:db`, Docker 0.10. */
  loadExample(): void
  /** Adds a container with a docker-style name; returns its id. */
  addContainer(template: ContainerTemplate, at?: XY): string
  removeContainer(id: string): void
  updateContainer(id: string, next: ContainerSpec): void
  /** Move a container; `dragging` moves become one undo step at endDrag. */
  move(id: string, to: XY, dragging?: boolean): void
  startDrag(): void
  endDrag(): void
  undo(): void
  redo(): void
  /** Bring back the work a shared link opened over. */
  restoreKept(): void
  setBanner(banner: Banner | null): void
  /** Move a container `by` places in the start order. */
  reorder(id: string, by: number): void
  /** A link drawn on the canvas: ask for its alias. */
  proposeLink(parent: string, child: string): void
  cancelLink(): void
  addLink(link: LinkSpec): boolean
  removeLink(index: number): void
  updateLink(index: number, next: LinkSpec): void
  setDaemon(daemon: Partial<DaemonSpec>): void
  /** `docker stop|start|restart` on a container, appended to the timeline. */
  addEvent(action: LifecycleAction, id: string): void
  removeEvent(index: number): void
  /** Show the host after `step` operations (`null`: after all of them). */
  setStep(step: number | null): void
  point(pointed: Pointed | null): void
  /** Enter view mode, keeping the user's own work aside. */
  present(keptWork: Scenario | null): void
  /** Leave view mode: the scenario shown becomes the user's workspace (their own work one click away). */
  editCopy(): void
  setEra(era: DockerEra): void
  select(selection: Selection): void
  dismissNotice(): void
}

const EMPTY_SCENARIO: Scenario = {
  version: 1,
  docker: '0.10',
  daemon: { bridge: 'docker0', bridgeIp: ERAS['0.10'].defaultBridgeIp, icc: true, iptables: true, keepLinkEnv: false },
  containers: [],
  links: [],
  events: [],
}

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

function samePointed(a: Pointed | null, b: Pointed | null): boolean {
  if (a === null || b === null) return a === b
  return a.explanation === b.explanation && sameNumbers(a.links, b.links) && sameNumbers(a.containers, b.containers)
}

/** Keep the layout's ids parallel to containers after an edit that kept, dropped or reordered them. */
function followIds(before: Scenario, after: Scenario, layout: Layout): Layout {
  const idOf = new Map<ContainerSpec, string>()
  before.containers.forEach((c, i) => {
    const id = layout.ids[i]
    if (id !== undefined) idOf.set(c, id)
  })
  const kept = new Set(after.containers)
  // A container replaced in place (an edit of its fields) keeps the id of the one it replaced.
  const ids = after.containers.map((c, i) => {
    const same = idOf.get(c)
    if (same !== undefined) return same
    const replaced = before.containers[i]
    return replaced && !kept.has(replaced) ? (layout.ids[i] ?? '') : ''
  })
  return ids.every((id, i) => id === layout.ids[i]) && ids.length === layout.ids.length ? layout : { ...layout, ids }
}

/** A fresh store. main.tsx makes the app's one; every test makes its own. */
export function createAppStore(initial: Scenario = EMPTY_SCENARIO) {
  return createStore<AppState>()((set, get) => {
    const indexOf = (id: string): number => get().layout.ids.indexOf(id)
    const nameOf = (id: string): string | undefined => get().scenario.containers[indexOf(id)]?.name

    const snapshot = (): Snapshot => ({ scenario: get().scenario, layout: get().layout })

    /** The host before a change, for the change marks: only changes of what the engine reads count. */
    const baselineFor = (next: Partial<AppState>): Partial<AppState> => {
      const { scenario, step } = get()
      const changes =
        (next.scenario !== undefined && next.scenario !== scenario) || (next.step !== undefined && next.step !== step)
      return changes ? { baseline: { scenario, step } } : {}
    }

    /** Commit a new workspace as one undo step. An edit shows the host after every operation again. */
    const commit = (next: Partial<AppState>): void => {
      const edits = next.scenario !== undefined && next.scenario !== get().scenario
      const change: Partial<AppState> = edits ? { ...next, step: null } : next
      set({ ...baselineFor(change), ...change, history: recorded(get().history, snapshot()) })
    }

    /** Replace the scenario by an edit that keeps container objects it does not change. */
    const edit = (next: Scenario, extra: Partial<AppState> = {}): void => {
      const { scenario, layout } = get()
      if (next === scenario) return
      commit({ scenario: next, layout: followIds(scenario, next, layout), notice: null, ...extra })
    }

    /** Go to an earlier or later workspace; the selection survives when its container still exists. */
    const travel = (step: { to: Snapshot; history: History } | null): void => {
      if (!step) return
      const { selection } = get()
      const keep =
        selection?.kind === 'container' ? step.to.layout.ids.includes(selection.id) : selection?.kind !== 'link'
      set({
        ...baselineFor({ scenario: step.to.scenario }),
        ...step.to,
        history: step.history,
        step: null,
        selection: keep ? selection : null,
        notice: null,
        pendingLink: null,
      })
    }

    const actions: AppActions = {
      load: (scenario) => {
        const split = splitLayout(scenario, get().layout.next)
        commit({ ...split, selection: null, notice: null, pendingLink: null })
      },

      reset: (scenario, banner = null) => {
        const split = splitLayout(scenario, get().layout.next)
        set({
          ...split,
          selection: null,
          notice: null,
          pendingLink: null,
          history: EMPTY_HISTORY,
          banner,
          step: null,
          baseline: null,
        })
      },

      undo: () => travel(undone(get().history, snapshot())),
      redo: () => travel(redone(get().history, snapshot())),

      restoreKept: () => {
        const { banner } = get()
        if (banner?.kind !== 'kept-work') return
        actions.load(banner.work)
        set({ banner: null })
      },

      setBanner: (banner) => set({ banner }),

      loadExample: () => actions.load(EXAMPLE),

      addContainer: (template, at) => {
        const { scenario, layout } = get()
        const taken = new Set(scenario.containers.map((c) => c.name))
        const name = generatedName(layout.next + scenario.containers.length * 31, taken)
        const id = `c${layout.next}`
        const container: ContainerSpec = {
          name,
          image: template.image,
          expose: [...template.expose],
          env: [...template.env],
          publish: [],
        }
        commit({
          scenario: withContainer(scenario, container),
          layout: {
            ids: [...layout.ids, id],
            positions: { ...layout.positions, [id]: at ?? freePosition(layout) },
            next: layout.next + 1,
          },
          selection: { kind: 'container', id },
          notice: null,
        })
        return id
      },

      removeContainer: (id) => {
        const index = indexOf(id)
        if (index < 0) return
        const { [id]: _gone, ...positions } = get().layout.positions
        const next = withoutContainer(get().scenario, index)
        commit({
          scenario: next,
          layout: { ...get().layout, ids: get().layout.ids.filter((x) => x !== id), positions },
          selection: null,
          notice: null,
        })
      },

      updateContainer: (id, next) => {
        const index = indexOf(id)
        if (index >= 0) edit(withContainerAt(get().scenario, index, next))
      },

      move: (id, to, dragging = false) => {
        const layout = get().layout
        const next = { layout: { ...layout, positions: { ...layout.positions, [id]: to } } }
        // A drag is one step (recorded at endDrag); a keyboard move is a step of its own.
        if (dragging || get().dragOrigin) set(next)
        else commit(next)
      },

      startDrag: () => set({ dragOrigin: snapshot(), pointed: null }),

      endDrag: () => {
        const { dragOrigin, layout } = get()
        if (!dragOrigin) return
        set({
          dragOrigin: null,
          ...(dragOrigin.layout === layout ? {} : { history: recorded(get().history, dragOrigin) }),
        })
      },

      reorder: (id, by) => {
        const index = indexOf(id)
        if (index >= 0) edit(withStartPosition(get().scenario, index, index + by))
      },

      proposeLink: (parentId, childId) => {
        const parent = nameOf(parentId)
        const child = nameOf(childId)
        if (parent !== undefined && child !== undefined) set({ pendingLink: { parent, child } })
      },

      cancelLink: () => set({ pendingLink: null }),

      addLink: (link) => {
        const result = withLink(get().scenario, link)
        if (!result.ok) {
          const text =
            result.refusal.kind === 'cycle'
              ? `No link: ${result.refusal.path.join(' → ')} would be a cycle. Docker could never have created it: each docker run needs its children running already.`
              : `No link: there is no container named ${result.refusal.name}.`
          set({ notice: { tone: 'refusal', text }, pendingLink: null })
          return false
        }
        const moved = result.moved
        // The parent shows what the link did: its variables, its hosts line.
        const parentIndex = result.scenario.containers.findIndex((c) => c.name === link.parent)
        edit(result.scenario, { pendingLink: null })
        const parentId = get().layout.ids[parentIndex]
        if (parentId) set({ selection: { kind: 'container', id: parentId } })
        if (moved.length > 0) {
          const names = moved.join(', ')
          set({
            notice: {
              tone: 'info',
              text: `${names} now ${moved.length > 1 ? 'start' : 'starts'} before ${link.parent}: a child must be running when its parent starts.`,
            },
          })
        }
        return true
      },

      removeLink: (index) => {
        edit(withoutLink(get().scenario, index), { selection: null })
      },

      updateLink: (index, next) => edit(withLinkAt(get().scenario, index, next)),

      setDaemon: (daemon) => edit(withDaemon(get().scenario, daemon)),

      addEvent: (action, id) => {
        const name = nameOf(id)
        if (name !== undefined) edit(withEvent(get().scenario, { action, container: name }))
      },

      removeEvent: (index) => edit(withoutEvent(get().scenario, index)),

      present: (keptWork) => set({ mode: 'view', keptWork, selection: null }),

      editCopy: () => {
        const { keptWork } = get()
        set({
          mode: 'edit',
          keptWork: null,
          history: EMPTY_HISTORY,
          banner: keptWork && keptWork.containers.length > 0 ? { kind: 'kept-work', work: keptWork } : null,
        })
      },

      point: (pointed) => {
        const { pointed: current, dragOrigin } = get()
        // While a card is dragged, the pointer crosses others: that is not pointing at them.
        if (dragOrigin && pointed !== null) return
        if (samePointed(current, pointed)) return
        set(pointed?.explanation ? { pointed, explained: pointed.explanation } : { pointed })
      },

      setStep: (step) => {
        const total = get().scenario.containers.length + get().scenario.events.length
        const next = step === null || step >= total ? null : Math.max(0, step)
        if (next !== get().step) set({ ...baselineFor({ step: next }), step: next })
      },

      setEra: (era) => {
        const { scenario } = get()
        if (scenario.docker === era) return
        // A bridge left at the old era's default moves to the new era's default, as a fresh daemon would.
        const wasDefault = scenario.daemon.bridgeIp === ERAS[scenario.docker].defaultBridgeIp
        const daemon = wasDefault ? { ...scenario.daemon, bridgeIp: ERAS[era].defaultBridgeIp } : scenario.daemon
        edit({ ...scenario, docker: era, daemon })
      },

      select: (selection) => {
        const current = get().selection
        if (JSON.stringify(current) !== JSON.stringify(selection)) set({ selection })
      },

      dismissNotice: () => set({ notice: null }),
    }

    const { scenario, layout } = splitLayout(initial)
    return {
      scenario,
      layout,
      selection: null,
      notice: null,
      pendingLink: null,
      history: EMPTY_HISTORY,
      banner: null,
      dragOrigin: null,
      step: null,
      baseline: null,
      pointed: null,
      explained: null,
      mode: 'edit',
      keptWork: null,
      actions,
    }
  })
}

export type AppStore = ReturnType<typeof createAppStore>
