import { describe, expect, it } from 'vitest'
import { guessLanguage, languageScores } from './language-guess'

describe('guessLanguage', () => {
  it('tells Dutch from French slide text', () => {
    expect(guessLanguage('Structuur van het Secretariaat-Generaal: het College leidt de teams en de diensten')).toBe('nl')
    expect(guessLanguage('Structure du Secrétariat général : le Collège dirige les équipes et les services')).toBe('fr')
    expect(guessLanguage('Verkenningsvergadering « Benelux+ » op 27/03/2012')).toBe('nl')
    expect(guessLanguage('Réunion exploratoire « Benelux+ » du 27/03/2012')).toBe('fr')
    expect(guessLanguage('L’accord de Schengen')).toBe('fr')
    expect(guessLanguage('de steden Steden (~ 4 miljoenen inwoners) Esch-sur-Alzette Villers la Chèvre Kaart: Natural Earth · Plaatsen: GeoNames')).toBe('nl')
    expect(guessLanguage('Benelux-samenwerking Actief en actueel Secretariaat-Generaal Benelux · voorjaar 2012')).toBe('nl')
  })

  it('does not guess from names, numbers, English or a balanced mix', () => {
    expect(guessLanguage('Urbiscoop 05/2010 Benelux+')).toBe('unknown')
    expect(guessLanguage('Final report & toolkit')).toBe('unknown')
    expect(guessLanguage('Esch-sur-Alzette Villers-la-Chèvre Liège')).toBe('unknown')
    expect(guessLanguage('het Verdrag et le traité')).toBe('unknown')
    expect(languageScores('de en het la')).toEqual({ nl: 1, fr: 1 })
  })
})
