import { LANGUAGES, type Lang, setLanguage, useLanguage, useT } from './i18n'

/** English or 简体中文, remembered in this browser. Each language is named in itself. */
export function LanguageSwitcher() {
  const t = useT()
  const lang = useLanguage()
  return (
    <label className="language">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={lang} onChange={(e) => void setLanguage(e.target.value as Lang)}>
        {LANGUAGES.map((l) => (
          <option key={l.lang} value={l.lang} lang={l.lang === 'zh' ? 'zh-CN' : 'en'}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  )
}
