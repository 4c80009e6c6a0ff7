/**
 * Share-link lengths: the presets and a 30-container classroom scenario, with
 * Link Lab's codec against plain JSON + base64 of the same scenario.
 * `npx tsx bench/links.ts` (part of `npm run bench`).
 */

import { strToU8 } from 'fflate'
import { PRESETS } from '../src/app/presets'
import { encodeBase64url } from '../src/core/base64url'
import { encodeShare } from '../src/core/share'
import { classroom } from './scenarios'

const rows = [
  ...PRESETS.map((p) => ({ name: p.id, scenario: p.scenario })),
  { name: 'classroom (30)', scenario: classroom() },
].map(({ name, scenario }) => {
  const json = JSON.stringify(scenario)
  const link = encodeShare(scenario).length
  const plain = `s=${encodeBase64url(strToU8(json))}`.length
  return {
    scenario: name,
    'JSON chars': json.length,
    'JSON+base64': plain,
    'Link Lab link': link,
    ratio: +(link / plain).toFixed(2),
  }
})
console.log('share links: characters after the # (Link Lab: compact form + DEFLATE + base64url)')
console.table(rows)
