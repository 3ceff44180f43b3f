// Data of the treaty slides: the history timeline and the 1958 >< 2008 comparison.
import type { ComparisonColumn } from '../../components/comparison'
import type { TimelineEvent } from '../../components/timeline'

export const history: TimelineEvent[] = [
  { date: '1950 – 1960', label: 'Vrij verkeer van personen, goederen en kapitaal' },
  { date: '1985', label: 'Akkoord van Schengen' },
  { date: '2008-06-17', label: 'Nieuw Benelux-Verdrag' },
]

export const treaties: ComparisonColumn[] = [
  { heading: '1958', items: ['Gedetailleerd', '100 artikelen', 'Economische Unie'] },
  { heading: '2008', items: ['Raamovereenkomst', '40 artikelen', 'Benelux Unie (nieuwe naam)'] },
]
