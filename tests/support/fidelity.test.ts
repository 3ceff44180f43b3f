import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { missingPhrases, normalise, sourcePhrases } from './fidelity'

const SOURCE = resolve(import.meta.dirname, '../../../shared/seed/000_7a95b5aac696f7e8.txt')

describe('normalise', () => {
  it.each([
    ['Focus op 3 THEMA’S', 'focus op 3 thema s'],
    ['Focus op 3 thema\'s', 'focus op 3 thema s'],
    ['1985 : Akkoord van Schengen', '1985 akkoord van schengen'],
    ['1950 – 1960', '1950 1960'],
    ['« Benelux+ »  op\n27/03/2012', 'benelux+ op 27/03/2012'],
    ['“De bepalingen”', 'de bepalingen'],
    ['Focus op "toets van de praktijk "', 'focus op toets van de praktijk'],
    ['1958 >< 2008', '1958 >< 2008'],
    ['Steden (~ 4 miljoenen inwoners)', 'steden ~ 4 miljoenen inwoners'],
    ['Financiële steun', 'financiële steun'],
    ['fijnstof, …)', 'fijnstof'],
    ['Proces\u00ADondersteuning', 'procesondersteuning'],
  ])('%j -> %j', (input, expected) => {
    expect(normalise(input)).toBe(expected)
  })
})

describe('sourcePhrases', () => {
  it.each<[string, string, string[]]>([
    ['bullets and dash items each start a phrase', '• Een\n• Twee\n– Drie\n- Vier', ['Een', 'Twee', 'Drie', 'Vier']],
    ['a lost bullet glyph is a bullet', '\uFFFD gezondheid\n\uFFFD hygiëne', ['gezondheid', 'hygiëne']],
    ['numbered items with or without a space', '1. Politie\n2.Crisis', ['Politie', 'Crisis']],
    ['a hyphen-split word is joined', '• De grensover-\nschrijdende samenwerking', ['De grensoverschrijdende samenwerking']],
    ['a name before the hyphen keeps it', '• De Benelux-\nsamenwerking als', ['De Benelux-samenwerking als']],
    ['a bullet line ending in a space continues', '• Goedkeuring door \nComité van \nMinisters', ['Goedkeuring door Comité van Ministers']],
    ['a bullet wrapped before a lower-case word continues', '1.Inventory in the Benelux\ncountries (and NRWF)', ['Inventory in the Benelux countries (and NRWF)']],
    ['a bullet line without a trailing space ends', '• Economische Unie\n2008', ['Economische Unie', '2008']],
    ['an open quotation continues', ' “De bepalingen \nBenelux niet bereikt”\nVolgende', ['“De bepalingen Benelux niet bereikt”', 'Volgende']],
    ['a line ending on a function word continues', ' Thema 1: in de \nsteden', ['Thema 1: in de steden']],
    ['a heading in capitals over two lines is joined', ' ARTIKEL 350 \nEU VERDRAG \n Nieuw', ['ARTIKEL 350 EU VERDRAG', 'Nieuw']],
    ['plain lines outside bullets stay apart', ' URBISCOOP \nBenelux(+): kerngebied \nvele grenzen', ['URBISCOOP', 'Benelux(+): kerngebied', 'vele grenzen']],
    ['a new block never continues the previous one', '• Procesondersteuning: SG Benelux \n Thema 2', ['Procesondersteuning: SG Benelux', 'Thema 2']],
    ['duplicates (by normalised form) are kept once', 'Team\nMarkt\nteam', ['Team', 'Markt']],
  ])('%s', (_, input, expected) => {
    expect(sourcePhrases(input, { drop: [], replace: [] })).toEqual(expected)
  })

  it('drops and repairs the given artifacts', () => {
    expect(sourcePhrases(' TITELONDER\nAnalysisAnalysis\nTekst', { drop: ['AnalysisAnalysis'], replace: [['TITELONDER', 'TITEL ONDER']] }))
      .toEqual(['TITEL ONDER', 'Tekst'])
  })

  describe('the briefing source', () => {
    const phrases = sourcePhrases(readFileSync(SOURCE, 'utf8'))

    it('has no extraction artifacts left', () => {
      const all = phrases.join('\n')
      expect(all).not.toContain('AnalysisAnalysis')
      expect(all).not.toContain('\uFFFD')
      expect(all).not.toContain('SAMENWERKINGACTIEF')
      expect(all).not.toMatch(/grensover-|energiemaat-/)
      expect(all).toContain('energiemaatschappijen')
    })

    it.each([
      'BENELUX-SAMENWERKING ACTIEF EN ACTUEEL',
      '1950 – 1960 : Vrij verkeer van personen, goederen en kapitaal',
      '“De bepalingen van dit Verdrag vormen geen beletsel voor het bestaan en de voltooiing van de Benelux, voor zover de doelstellingen van de Benelux niet bereikt zijn door de toepassing van dit Verdrag”',
      'ARTIKEL 350 EU VERDRAG',
      '2 DOELSTELLINGEN NIEUW BENELUX-VERDRAG',
      'De grensoverschrijdende samenwerking uitbreiden.',
      'De Benelux-samenwerking als proeftuin voor EU voortzetten.',
      'Justitie en Binnenlandse Zaken',
      'Benelux samenwerking Stedelijk Beleid: Urbiscoop',
      'maatschappelijk: actoren doen samenwerken (bewoners, bedrijven, organisaties, corporaties, energiemaatschappijen, distributeurs, stedelijke overheden, …)',
      'Verkenningsvergadering « Benelux+ » op 27/03/2012',
      'BNL-Centrale overheden: Stedelijk- en Energiebeleid (Rijk Nl, Federale overheid (B) + 3 Gewesten (B), Nationale Overheid Lux)',
      'Development of a process oriented approach for the exchange of knowledge and experience between all actors involved (cities, knowledge institutes, housing corporations, private partners …)',
      'MERCI POUR VOTRE ATTENTION',
    ])('contains %j', (phrase) => {
      expect(phrases).toContain(phrase)
    })

    it('keeps the order of the source', () => {
      expect(phrases[0]).toBe('BENELUX-SAMENWERKING ACTIEF EN ACTUEEL')
      expect(phrases.at(-1)).toBe('MERCI POUR VOTRE ATTENTION')
      expect(phrases.length).toBeGreaterThan(100)
    })
  })
})

describe('missingPhrases', () => {
  it.each<[string, string[], string[], string[]]>([
    ['finds phrases regardless of case and punctuation', ['1985 : Akkoord van Schengen'], ['1985\nAkkoord van Schengen'], []],
    ['reports a phrase that is absent', ['Raad', 'Stafbureau'], ['Raad'], ['Stafbureau']],
    ['matches whole words only', ['Team'], ['Teams en diensten'], ['Team']],
    ['does not match across two slides', ['Proces Stellingen'], ['Proces', 'Stellingen'], ['Proces Stellingen']],
    ['needs the words in order', ['Markt Team'], ['Team Markt'], ['Markt Team']],
  ])('%s', (_, phrases, texts, missing) => {
    expect(missingPhrases(phrases, texts)).toEqual(missing)
  })
})
