/**
 * Sentences that reach the interface already written in English by code that
 * speaks no other language: the store's notices (store/appStore.ts), the
 * banners built from the English catalog (share/*.ts) and the core's
 * packet-walk reasons (core/packetWalk.ts). English shows them as they come;
 * Chinese recognises each by its shape and says it again. A sentence is retold
 * only when its English is rebuilt exactly from what was read out of it, so a
 * changed or new sentence, and anything of Docker's, is shown as it came.
 * Part of the Chinese chunk: English readers never load it.
 */
import { en, type Messages } from './en'

interface Shape {
  readonly re: RegExp
  /** The sentence again from the match, in English (must give back the text) and in the other language. */
  readonly en: (m: readonly string[]) => string
  readonly say: (m: readonly string[]) => string
}

/** Everything the core and the store say in English, in Chinese. */
export function chineseRetelling(messages: Messages): (english: string) => string {
  const FIELDS: Readonly<Record<string, string>> = {
    source: '源地址',
    destination: '目的地址',
    'in-interface': '入接口',
    'out-interface': '出接口',
    protocol: '协议',
    'source port': '源端口',
    'destination port': '目的端口',
  }
  const notRunning = ': a container that is not running has no address'
  const shapes: readonly Shape[] = [
    // The store's notices
    {
      re: /^No link: (.+) would be a cycle\. Docker could never have created it: each docker run needs its children running already\.$/s,
      en: (m) =>
        `No link: ${m[1]} would be a cycle. Docker could never have created it: each docker run needs its children running already.`,
      say: (m) =>
        `无法链接：${m[1]} 会形成循环。Docker 不可能创建出这样的链接：每次 docker run 都要求它的子容器已经在运行。`,
    },
    {
      re: /^No link: there is no container named (.+)\.$/s,
      en: (m) => `No link: there is no container named ${m[1]}.`,
      say: (m) => `无法链接：没有名为 ${m[1]} 的容器。`,
    },
    {
      re: /^(.+) now (starts?) before (.+): a child must be running when its parent starts\.$/s,
      en: (m) =>
        `${m[1]} now ${(m[1] ?? '').includes(', ') ? 'start' : 'starts'} before ${m[3]}: a child must be running when its parent starts.`,
      say: (m) => `${m[1]} 现在会先于 ${m[3]} 启动：父容器启动时，子容器必须已经在运行。`,
    },
    // Banners, built from the English catalog
    {
      re: /^This share link cannot be opened: (.+)\. Your own work is shown instead\.$/s,
      en: (m) => en['banner.badLinkKept']({ problem: m[1] ?? '' }),
      say: (m) => messages['banner.badLinkKept']({ problem: m[1] ?? '' }),
    },
    {
      re: /^This share link cannot be opened: (.+)\.$/s,
      en: (m) => en['banner.badLink']({ problem: m[1] ?? '' }),
      say: (m) => messages['banner.badLink']({ problem: m[1] ?? '' }),
    },
    {
      re: /^Your saved work could not be read \((.+)\), so Link Lab started empty\.$/s,
      en: (m) => en['storage.unreadable']({ problem: m[1] ?? '' }),
      say: (m) => messages['storage.unreadable']({ problem: m[1] ?? '' }),
    },
    // The packet walk
    {
      re: /^the daemon did not start: no container runs, no packet flows$/,
      en: () => 'the daemon did not start: no container runs, no packet flows',
      say: () => '守护进程没有启动：没有容器在运行，也就没有数据包流动',
    },
    {
      re: /^(\S+) (was never created|never started|is stopped): a container that is not running has no address$/,
      en: (m) => `${m[1]} ${m[2]}${notRunning}`,
      say: (m) =>
        `${m[1]} ${m[2] === 'was never created' ? '从未被创建' : m[2] === 'never started' ? '从未启动' : '已停止'}：没有运行的容器就没有地址`,
    },
    {
      re: /^a container reaching its own address never leaves its network namespace: no FORWARD rule sees it$/,
      en: () => 'a container reaching its own address never leaves its network namespace: no FORWARD rule sees it',
      say: () => '容器访问自己的地址时，数据包不会离开它的网络命名空间：FORWARD 链上的规则看不到它',
    },
    {
      re: /^(\S+) is not a port number \(1–65535\)$/,
      en: (m) => `${m[1]} is not a port number (1–65535)`,
      say: (m) => `${m[1]} 不是合法的端口号（1–65535）`,
    },
    {
      re: /^(source|destination|in-interface|out-interface|protocol|source port|destination port) is (\S+), rule wants (anything but )?(\S+)$/,
      en: (m) => `${m[1]} is ${m[2]}, rule wants ${m[3] ?? ''}${m[4]}`,
      say: (m) => `${FIELDS[m[1] ?? '']}是 ${m[2]}，规则要求 ${m[3] ? `${m[4]} 以外的任何值` : m[4]}`,
    },
    {
      re: /^connection state is (\S+) \((a new connection|a reply to an accepted connection)\), rule wants (\S+)$/,
      en: (m) => `connection state is ${m[1]} (${m[2]}), rule wants ${m[3]}`,
      say: (m) =>
        `连接状态是 ${m[1]}（${m[2] === 'a new connection' ? '新连接' : '已接受连接的回复'}），规则要求 ${m[3]}`,
    },
    {
      re: /^destination (\S+) is a container's address, not one of the host's: rule wants type (\S+)$/,
      en: (m) => `destination ${m[1]} is a container's address, not one of the host's: rule wants type ${m[2]}`,
      say: (m) => `目的地址 ${m[1]} 是容器的地址，不是宿主机自己的地址：规则要求地址类型为 ${m[2]}`,
    },
    {
      re: /^a jump back into (\S+) would loop \(iptables refuses such a rule\)$/,
      en: (m) => `a jump back into ${m[1]} would loop (iptables refuses such a rule)`,
      say: (m) => `跳回 ${m[1]} 链会形成循环（iptables 不允许这样的规则）`,
    },
  ]
  // The banners' fixed sentences, by their English text.
  const FIXED = [
    'storage.off',
    'storage.blocked',
    'storage.damaged',
    'storage.notSavedOff',
    'storage.notSavedFull',
    'storage.notSavedRefused',
  ] as const
  const fixed = new Map<string, string>(FIXED.map((key) => [en[key], messages[key]]))

  return (english) => {
    const known = fixed.get(english)
    if (known !== undefined) return known
    for (const shape of shapes) {
      const m = shape.re.exec(english)
      if (m && shape.en(m) === english) return shape.say(m)
    }
    return english
  }
}
