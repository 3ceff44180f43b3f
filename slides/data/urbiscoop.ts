// @unocss-include -- the icon classes below are used by the slides; UnoCSS must see them.
// \u00AD is a soft hyphen: where a long Dutch compound may break in a narrow card.
// Urbiscoop: the reasoning behind it, its process, the two themes' partners and the next step.
import type { ProcessStep } from '../../components/process-steps'
import type { StakeholderGroup } from '../../components/stakeholder-panel'

export const reasoning: ProcessStep[] = [
  { label: 'Benelux: deel van Europees verstedelijkt kerngebied' },
  { label: 'Benelux(+): verstedelijkt kerngebied', items: ['vele grenzen', 'multi level governance'] },
  { label: 'Benelux samenwerking Stedelijk Beleid: Urbiscoop' },
]

export const process: ProcessStep[] = [
  { label: 'Startpunt 05/2010: Bestuurlijke Bijeenkomst Urbiscoop' },
  { label: 'Gemeenschappelijke verklaring' },
  { label: 'Aanduiding prioriteiten' },
  { label: 'Commissie Urbiscoop' },
]

export const theme1: StakeholderGroup[] = [
  {
    role: 'Centrale overheden',
    members: ['‘Stedelijk Beleid’', 'uitbreiding ‘Integratiebeleid’ & ‘Migratiebeleid’'],
    icon: 'i-ph-bank',
  },
  {
    role: 'Steden uit Nederland en Vlaanderen',
    members: ['Den Haag', 'Rotterdam', 'Dordrecht', 'Breda', 'Eindhoven', 'Antwerpen', 'Gent', 'Genk', 'Sint-Niklaas'],
    icon: 'i-ph-buildings',
  },
  { role: 'Onderzoeksteam', members: ['EUKN', 'NICIS', 'Kenniscentrum Vlaamse Steden', 'CIPU'], icon: 'i-ph-graduation-cap' },
  { role: 'Financiële steun', members: ['Ministerie BZK (NL)'], icon: 'i-ph-coins' },
  { role: 'Proces\u00ADondersteuning', members: ['SG Benelux'], icon: 'i-ph-handshake' },
]

// Thema 1 over two slides: who takes part, then the cities beside their map.
export const theme1Partners: StakeholderGroup[] = theme1.filter(g => !g.role.startsWith('Steden'))
export const theme1Cities: StakeholderGroup[] = theme1.filter(g => g.role.startsWith('Steden'))

export const beneluxPlusPartners: StakeholderGroup[] = [
  {
    role: 'BNL-Centrale overheden',
    members: ['Stedelijk- en Energiebeleid (Rijk Nl, Federale overheid (B) + 3 Gewesten (B), Nationale Overheid Lux)'],
    icon: 'i-ph-bank',
  },
  {
    role: 'Duitsland (NRW) & Frankrijk (Meurthe et Moselle)',
    members: ['Land Noordrijn-Westfalen', 'Département Meurthe-et-Moselle'],
    icon: 'i-ph-globe-hemisphere-east',
  },
  { role: 'Onderzoeksteam', members: ['EUKN', 'Kenniscentrum Vlaamse Steden', 'p.m.'], icon: 'i-ph-graduation-cap' },
  { role: 'Financiële ondersteuning', members: ['Vlaamse Overheid'], icon: 'i-ph-coins' },
  { role: 'Proces\u00ADondersteuning', members: ['SG Benelux'], icon: 'i-ph-handshake' },
]

export const beneluxPlusCities: StakeholderGroup[] = [
  {
    role: 'Steden (~ 4 miljoenen inwoners)',
    members: [
      'Antwerpen',
      'Gent',
      'Genk',
      'Liège',
      'Charleroi',
      'Mons',
      'Mouscron',
      'Brussels-HSG',
      'Almere',
      'Assen',
      'Esch-sur-Alzette',
      'Düsseldorf',
      'Bottrop',
      'Gelsenkirchen',
      'Aachen',
      'Steinheim',
      'Villers la Chèvre',
    ],
    icon: 'i-ph-buildings',
  },
]

export const approach: ProcessStep[] = [
  { label: 'Inventory of innovative and realisable examples in the Benelux countries (and NRWF)' },
  {
    label: 'Development of a process oriented approach for the exchange of knowledge and experience between all actors involved (cities, knowledge institutes, housing corporations, private partners …)',
  },
  { label: 'Expert meeting: reflection on semi-final report' },
  { label: 'Final report & toolkit' },
]
