// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { WhyBox } from '../../src/app/explain/WhyBox'
import { enT, LANG_KEY, languageStore, loadEnglish, preferredLanguage, setLanguage } from '../../src/app/i18n'
import { type Messages, en as page } from '../../src/app/i18n/en'
import { enPanels } from '../../src/app/i18n/en.panels'
import { enTools } from '../../src/app/i18n/en.tools'
import { enWhy } from '../../src/app/i18n/en.why'
import { makeT, slotsOf } from '../../src/app/i18n/translate'
import { retellInChinese, zh } from '../../src/app/i18n/zh'
import { LanguageSwitcher } from '../../src/app/LanguageSwitcher'
import { NoticeBar } from '../../src/app/NoticeBar'
import { EnvPanel } from '../../src/app/panels/EnvPanel'
import { IptablesPanel } from '../../src/app/panels/IptablesPanel'
import { PacketsPanel } from '../../src/app/panels/PacketsPanel'
import { ProblemsPanel } from '../../src/app/panels/ProblemsPanel'
import { selectDerivation } from '../../src/app/store/selectors'
import { explainRule, walkPacket } from '../../src/core'
import { container, link, scenario, seed } from '../builders'
import { renderWithStore } from './renderWithStore'

afterEach(async () => {
  await act(() => setLanguage('en'))
  localStorage.clear()
})

const chinese = () => act(() => setLanguage('zh'))

/** A message as text: a function is called with a stand-in for each value (`‹name›`), so values show where they go. */
const VALUES = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? `‹${key}›` : undefined) })
const said = (message: Messages[keyof Messages]): string =>
  typeof message === 'function' ? (message as (p: unknown) => string)(VALUES) : message

/** The whole English catalog: the page's words and those of the parts loaded on demand. */
const en: Messages = { ...page, ...enPanels, ...enWhy, ...enTools }
const KEYS = Object.keys(en) as (keyof Messages)[]

/** Docker's words in a sentence: flags, file names, commands, chains, variables, quoted messages. */
const DOCKER_WORDS =
  /(?<![\w./-])--?[a-z][\w-]*(?:=\w+)?|\/etc\/hosts|docker (?:run|stop|start|restart)|iptables(?:-save)?|\b[A-Z][A-Z0-9_-]{2,}\b\*?|"[^"]+"/g

describe('the catalogs', () => {
  it('have the same keys (the type says so too: zh is typed Messages)', () => {
    expect(Object.keys(zh).sort()).toEqual([...KEYS].sort())
  })

  it('say every Chinese message, non-empty, in Chinese', () => {
    const empty = KEYS.filter((key) => said(zh[key]).trim() === '')
    expect(empty).toEqual([])
    const unchanged = KEYS.filter((key) => said(zh[key]) === said(en[key]))
    expect(unchanged).toEqual([])
    const notChinese = KEYS.filter((key) => !/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(said(zh[key])))
    expect(notChinese).toEqual([])
  })

  it('keep every value and every {slot} of the English sentence', () => {
    const lost = KEYS.flatMap((key) => {
      const english = said(en[key])
      const chineseText = said(zh[key])
      const values = [...english.matchAll(/‹\w+›/g)].map((m) => m[0]).filter((v) => !chineseText.includes(v))
      return values.length > 0 ? [`${key}: ${values.join(' ')}`] : []
    })
    expect(lost).toEqual([])
    const slots = KEYS.filter((key) => slotsOf(said(en[key])).join() !== slotsOf(said(zh[key])).join())
    expect(slots).toEqual([])
  })

  it('leave Docker’s words as Docker writes them', () => {
    const translated = KEYS.flatMap((key) => {
      const chineseText = said(zh[key])
      const missing = [...said(en[key]).matchAll(DOCKER_WORDS)].map((m) => m[0]).filter((w) => !chineseText.includes(w))
      return missing.length > 0 ? [`${key}: ${missing.join(' ')}`] : []
    })
    expect(translated).toEqual([])
  })
})

describe('the language', () => {
  it('is English unless told otherwise, with no provider', () => {
    renderWithStore(<EnvPanel />, seed())
    expect(screen.getByText('Select a container to see the variables its links set.')).toBeInTheDocument()
    expect(languageStore.getState().t.lang).toBe('en')
  })

  it('starts from the remembered choice, else from the browser', () => {
    const storage = (value: string | null) => ({ getItem: () => value }) as unknown as Storage
    expect(preferredLanguage(storage('zh'), { language: 'en-US' })).toBe('zh')
    expect(preferredLanguage(storage('en'), { language: 'zh-CN' })).toBe('en')
    expect(preferredLanguage(storage(null), { language: 'zh-TW' })).toBe('zh')
    expect(preferredLanguage(storage('klingon'), { language: 'de-DE' })).toBe('en')
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
    } as unknown as Storage
    expect(preferredLanguage(blocked, { language: 'zh-Hans' })).toBe('zh')
    expect(preferredLanguage(null, undefined)).toBe('en')
  })

  it('switches from the top bar, is remembered, and sets the page’s lang', async () => {
    render(<LanguageSwitcher />)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文')
    expect(await screen.findByRole('combobox', { name: '语言' })).toHaveValue('zh')
    expect(localStorage.getItem(LANG_KEY)).toBe('zh')
    expect(document.documentElement.lang).toBe('zh-CN')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English')
    expect(await screen.findByRole('combobox', { name: 'Language' })).toHaveValue('en')
    expect(localStorage.getItem(LANG_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })
})

describe('in Chinese', () => {
  it('the environment panel speaks Chinese; the env lines stay byte for byte', async () => {
    const { store } = renderWithStore(<EnvPanel />, seed())
    await chinese()
    expect(screen.getByText('选中一个容器，查看它的链接设置了哪些变量。')).toBeInTheDocument()
    act(() => store.getState().actions.select({ kind: 'container', id: 'c2' }))
    const group = screen.getByRole('region', { name: '--link redis:db 设置的变量' })
    expect([...group.querySelectorAll('.line .text')].map((l) => l.textContent)).toEqual([
      'DB_PORT=tcp://172.17.0.2:6379',
      'DB_PORT_6379_TCP=tcp://172.17.0.2:6379',
      'DB_PORT_6379_TCP_ADDR=172.17.0.2',
      'DB_PORT_6379_TCP_PORT=6379',
      'DB_PORT_6379_TCP_PROTO=tcp',
      'DB_NAME=/suspicious_fermat/db',
    ])
    expect(document.querySelector('.listing__bar')?.textContent).toBe('suspicious_fermat 中的 env：6 个链接变量复制')
  })

  it('the problems panel quotes docker verbatim and advises in Chinese', async () => {
    renderWithStore(
      <ProblemsPanel />,
      scenario({ containers: [container('web'), container('db')], links: [link('web', 'db')] }),
    )
    await chinese()
    const problem = screen.getByRole('button', { name: /Could not find entity for db/ })
    expect(problem).toHaveTextContent('web child-not-found')
    expect(within(problem).getByText('Could not find entity for db')).toBeInTheDocument()
    expect(problem).toHaveTextContent('被链接的容器必须在父容器运行之前就已存在：先创建子容器，或者检查名字是否写错。')
  })

  it('the why box explains a rule in Chinese, Docker’s terms and source as they are', async () => {
    const { store } = renderWithStore(<WhyBox />, seed())
    await chinese()
    expect(screen.getByText('把鼠标指向任意一行（或用键盘聚焦），就能看到它为什么在那里。')).toBeInTheDocument()
    const derivation = selectDerivation(store.getState())
    const rule = derivation.filter.find((l) => l.text.includes('--dport 6379'))
    if (!rule) throw new Error('no link rule')
    const explanation = explainRule(derivation, rule.cause)
    act(() => store.getState().actions.point({ explanation, links: [0], containers: [] }))
    const why = screen.getByRole('status')
    // The sentences are a part loaded on demand: they arrive a moment later.
    await waitFor(() =>
      expect(why).toHaveTextContent(
        '允许 suspicious_fermat (172.17.0.3) 访问 redis 的 6379/tcp 端口 (172.17.0.2)：--link redis:db。插入到 FORWARD 链的最前面，所以最新的链接排在最前；无论 --icc 如何设置都会写入。',
      ),
    )
    expect(why).toHaveTextContent(`Docker 0.9.0 及更高版本 · ${explanation.source}`)
  })

  it('the iptables panel: the listing is docker’s, the table’s words are Chinese', async () => {
    const { store } = renderWithStore(<IptablesPanel />, seed())
    const english = screen.getByTestId('iptables-filter').textContent
    await chinese()
    expect(screen.getByTestId('iptables-filter').textContent).toBe(english)
    expect([...screen.getByTestId('iptables-filter').querySelectorAll('.text')].map((l) => l.textContent)).toEqual(
      selectDerivation(store.getState()).report.iptables.filter,
    )
    await userEvent.click(screen.getByRole('radio', { name: '表格' }))
    const rows = within(screen.getByRole('region', { name: 'filter 表' })).getAllByRole('row')
    expect(rows[4]?.textContent).toBe(
      'FORWARD源 172.17.0.2，目的 172.17.0.3，入接口 docker0，出接口 docker0，tcp 源端口 6379ACCEPT',
    )
    expect(rows[6]?.textContent).toBe('FORWARD出接口 docker0，连接状态为 RELATED 或 ESTABLISHEDACCEPT')
  })

  it('the packet walk gives docker’s verdict and rule, and its reasons in Chinese', async () => {
    const { store } = renderWithStore(<PacketsPanel />, seed())
    await chinese()
    expect(screen.getByTestId('request-verdict')).toHaveTextContent(
      'ACCEPT 决定它的规则：-A FORWARD -s 172.17.0.3/32 -d 172.17.0.2/32 -i docker0 -o docker0 -p tcp -m tcp --dport 6379 -j ACCEPT',
    )
    const request = screen.getByRole('region', { name: '请求数据包' })
    expect(request).toHaveTextContent('源地址是 172.17.0.3，规则要求 172.17.0.2')
    // Every reason the core gave is said in Chinese.
    const walk = walkPacket(selectDerivation(store.getState()), { from: 1, to: 0, port: 6379, proto: 'tcp' })
    for (const step of [...walk.request.steps, ...(walk.reply?.steps ?? [])]) {
      if (step.why) expect(languageStore.getState().t.retell(step.why)).not.toBe(step.why)
    }
  })

  it('the store’s notices are said in Chinese; the store keeps English', async () => {
    const { store } = renderWithStore(
      <NoticeBar />,
      scenario({ containers: [container('db'), container('app')], links: [link('app', 'db')] }),
    )
    await chinese()
    act(() => void store.getState().actions.addLink(link('db', 'app')))
    expect(store.getState().notice?.text).toMatch(/^No link: db → app → db would be a cycle/)
    expect(screen.getByRole('status')).toHaveTextContent(
      '无法链接：db → app → db 会形成循环。Docker 不可能创建出这样的链接：每次 docker run 都要求它的子容器已经在运行。',
    )
    act(() => void store.getState().actions.addLink(link('db', 'nowhere')))
    expect(screen.getByRole('status')).toHaveTextContent('无法链接：没有名为 nowhere 的容器。')
  })
})

describe('sentences written in English elsewhere', () => {
  it('are retold in Chinese when recognised, exactly', () => {
    expect(retellInChinese('redis, web now start before app: a child must be running when its parent starts.')).toBe(
      'redis, web 现在会先于 app 启动：父容器启动时，子容器必须已经在运行。',
    )
    expect(retellInChinese('This share link cannot be opened: it is cut short. Your own work is shown instead.')).toBe(
      '无法打开这个分享链接：it is cut short。下面显示的是你自己的工作。',
    )
    expect(retellInChinese(en['storage.notSavedFull'])).toBe(zh['storage.notSavedFull'])
    expect(retellInChinese('destination port is 6380, rule wants anything but 6379')).toBe(
      '目的端口是 6380，规则要求 6379 以外的任何值',
    )
    expect(retellInChinese('db is stopped: a container that is not running has no address')).toBe(
      'db 已停止：没有运行的容器就没有地址',
    )
  })

  it('are left as they came otherwise, and always in English', () => {
    const texts = [
      'Could not find entity for redis',
      'No link: or so',
      'somewhere is here, rule wants there',
      // the store says "starts" for one container: a sentence that does not read back is not retold
      'redis now start before app: a child must be running when its parent starts.',
    ]
    for (const text of texts) expect(retellInChinese(text)).toBe(text)
    const english = makeT(en, 'en')
    expect(english.retell('redis now starts before app: a child must be running when its parent starts.')).toBe(
      'redis now starts before app: a child must be running when its parent starts.',
    )
  })
})

describe('English words of the parts loaded on demand', () => {
  it('arrive with their part; a key asked for before then reads as itself, and nothing throws', async () => {
    expect(enT('packets.from')).toBe('packets.from')
    await loadEnglish('tools')
    expect(enT('packets.from')).toBe('From')
    expect(enT('inout.readAs', { kind: 'compose', containers: 1, links: 2, docker: '28' })).toBe(
      'Read as compose: 1 container, 2 links, Docker 28.',
    )
  })

  it('are not part of the page’s words (they are not in the first load)', () => {
    const pageKeys = Object.keys(page)
    expect(pageKeys.filter((key) => key in enPanels || key in enTools || key in enWhy)).toEqual([])
    expect(pageKeys).toContain('why.hint')
    expect(Object.keys(enWhy).every((key) => key.startsWith('why.'))).toBe(true)
  })
})
