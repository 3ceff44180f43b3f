import type { ThemeRegistration } from 'shiki'
import { defineShikiSetup } from '@slidev/types'
import { palette } from '../styles/palette'

/**
 * Code colours of the Benelux theme: palette colours only, each at least 4.5:1 on the code
 * background (`surface`), light only like the deck. A deck's own setup/shiki.ts overrides it.
 */
export const beneluxShikiTheme: ThemeRegistration = {
  name: 'benelux-light',
  type: 'light',
  colors: {
    'editor.background': palette.surface,
    'editor.foreground': palette.ink,
    'editorLineNumber.foreground': palette.muted,
  },
  fg: palette.ink,
  bg: palette.surface,
  settings: [
    { settings: { foreground: palette.ink, background: palette.surface } },
    { scope: ['comment', 'punctuation.definition.comment'], settings: { foreground: palette.muted, fontStyle: 'italic' } },
    { scope: ['keyword', 'storage', 'storage.type', 'storage.modifier', 'keyword.operator.new', 'keyword.control'], settings: { foreground: palette.primary, fontStyle: 'bold' } },
    { scope: ['string', 'string.quoted', 'string.template', 'punctuation.definition.string', 'markup.inline.raw'], settings: { foreground: palette.teal } },
    { scope: ['constant', 'constant.numeric', 'constant.language', 'support.constant', 'variable.other.constant', 'keyword.other.unit'], settings: { foreground: palette.accent } },
    { scope: ['entity.name.function', 'support.function', 'meta.function-call entity.name.function'], settings: { foreground: palette.primary } },
    { scope: ['entity.name.type', 'entity.name.class', 'support.type', 'support.class', 'entity.other.inherited-class'], settings: { foreground: palette.teal, fontStyle: 'bold' } },
    { scope: ['entity.name.tag', 'punctuation.definition.tag'], settings: { foreground: palette.primary } },
    { scope: ['entity.other.attribute-name', 'support.type.property-name', 'meta.object-literal.key', 'support.type.property-name.json'], settings: { foreground: palette.accent } },
    { scope: ['variable', 'variable.other', 'variable.parameter', 'punctuation', 'meta.brace', 'keyword.operator'], settings: { foreground: palette.ink } },
    { scope: ['markup.heading', 'entity.name.section'], settings: { foreground: palette.primary, fontStyle: 'bold' } },
    { scope: ['markup.bold'], settings: { fontStyle: 'bold' } },
    { scope: ['markup.italic'], settings: { fontStyle: 'italic' } },
    { scope: ['markup.inserted'], settings: { foreground: palette.teal } },
    { scope: ['markup.deleted', 'invalid'], settings: { foreground: palette.danger } },
  ],
}

export default defineShikiSetup(() => ({
  theme: beneluxShikiTheme,
}))
