// Data of the treaty slides: the history timeline and the 1958 >< 2008 comparison.
import type { ComparisonColumn } from '../../components/comparison'
import type { TimelineEvent } from '../../components/timeline'
import { bilingual } from '../../components/i18n'

export const history = bilingual<TimelineEvent[]>([
  { date: '1950 – 1960', label: { nl: 'Vrij verkeer van personen, goederen en kapitaal', fr: 'Libre circulation des personnes, des marchandises et des capitaux' } },
  { date: '1985', label: { nl: 'Akkoord van Schengen', fr: 'Accord de Schengen' } },
  { date: '2008-06-17', label: { nl: 'Nieuw Benelux-Verdrag', fr: 'Nouveau Traité Benelux' } },
])

export const treaties = bilingual<ComparisonColumn[]>([
  { heading: '1958', items: [{ nl: 'Gedetailleerd', fr: 'Détaillé' }, { nl: '100 artikelen', fr: '100 articles' }, { nl: 'Economische Unie', fr: 'Union économique' }] },
  { heading: '2008', items: [{ nl: 'Raamovereenkomst', fr: 'Accord-cadre' }, { nl: '40 artikelen', fr: '40 articles' }, { nl: 'Benelux Unie (nieuwe naam)', fr: 'Union Benelux (nouveau nom)' }] },
])
