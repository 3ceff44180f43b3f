// @unocss-include -- the icon classes below are used by the slides; UnoCSS must see them.
// \u00AD is a soft hyphen: where a long Dutch compound may break in a narrow card.
// Urbiscoop: the reasoning behind it, its process, the two themes' partners and the next step.
import type { ProcessStep } from '../../components/process-steps'
import type { StakeholderGroup } from '../../components/stakeholder-panel'
import { bilingual } from '../../components/i18n'

export const reasoning = bilingual<ProcessStep[]>([
  { label: { nl: 'Benelux: deel van Europees verstedelijkt kerngebied', fr: 'Benelux : partie du cœur urbanisé européen' } },
  { label: { nl: 'Benelux(+): verstedelijkt kerngebied', fr: 'Benelux(+) : cœur urbanisé' }, items: [{ nl: 'vele grenzen', fr: 'nombreuses frontières' }, { nl: 'multi level governance', fr: 'gouvernance multiniveau' }] },
  { label: { nl: 'Benelux samenwerking Stedelijk Beleid: Urbiscoop', fr: 'Coopération Benelux en matière de politique urbaine : Urbiscoop' } },
])

export const process = bilingual<ProcessStep[]>([
  { label: { nl: 'Startpunt 05/2010: Bestuurlijke Bijeenkomst Urbiscoop', fr: 'Point de départ 05/2010 : Réunion politico-administrative Urbiscoop' } },
  { label: { nl: 'Gemeenschappelijke verklaring', fr: 'Déclaration commune' } },
  { label: { nl: 'Aanduiding prioriteiten', fr: 'Définition des priorités' } },
  { label: { nl: 'Commissie Urbiscoop', fr: 'Commission Urbiscoop' } },
])

export const theme1 = bilingual<StakeholderGroup[]>([
  {
    role: { nl: 'Centrale overheden', fr: 'Autorités centrales' },
    members: [{ nl: '‘Stedelijk Beleid’', fr: '« Politique urbaine »' }, { nl: 'uitbreiding ‘Integratiebeleid’ & ‘Migratiebeleid’', fr: 'extension « Politique d’intégration » & « Politique migratoire »' }],
    icon: 'i-ph-bank',
  },
  {
    role: { nl: 'Steden uit Nederland en Vlaanderen', fr: 'Villes des Pays-Bas et de Flandre' },
    members: ['Den Haag', 'Rotterdam', 'Dordrecht', 'Breda', 'Eindhoven', 'Antwerpen', 'Gent', 'Genk', 'Sint-Niklaas'],
    icon: 'i-ph-buildings',
  },
  { role: { nl: 'Onderzoeksteam', fr: 'Équipe de recherche' }, members: ['EUKN', 'NICIS', 'Kenniscentrum Vlaamse Steden', 'CIPU'], icon: 'i-ph-graduation-cap' },
  { role: { nl: 'Financiële steun', fr: 'Soutien financier' }, members: [{ nl: 'Ministerie BZK (NL)', fr: 'Ministère BZK (NL)' }], icon: 'i-ph-coins' },
  { role: { nl: 'Proces\u00ADondersteuning', fr: 'Accompa\u00ADgnement du processus' }, members: ['SG Benelux'], icon: 'i-ph-handshake' },
])

// Thema 1 over two slides: who takes part, then the cities beside their map (the group with the city icon).
export const theme1Partners: StakeholderGroup[] = theme1.filter(g => g.icon !== 'i-ph-buildings')
export const theme1Cities: StakeholderGroup[] = theme1.filter(g => g.icon === 'i-ph-buildings')

export const beneluxPlusPartners = bilingual<StakeholderGroup[]>([
  {
    role: { nl: 'BNL-Centrale overheden', fr: 'Autorités centrales BNL' },
    members: [{ nl: 'Stedelijk- en Energiebeleid (Rijk Nl, Federale overheid (B) + 3 Gewesten (B), Nationale Overheid Lux)', fr: 'Politique urbaine et énergétique (État NL, Autorité fédérale (B) + 3 Régions (B), Gouvernement national Lux)' }],
    icon: 'i-ph-bank',
  },
  {
    role: { nl: 'Duitsland (NRW) & Frankrijk (Meurthe et Moselle)', fr: 'Allemagne (NRW) & France (Meurthe-et-Moselle)' },
    members: [{ nl: 'Land Noordrijn-Westfalen', fr: 'Land de Rhénanie-du-Nord-Westphalie' }, { nl: 'Département Meurthe-et-Moselle', fr: 'Département de Meurthe-et-Moselle' }],
    icon: 'i-ph-globe-hemisphere-east',
  },
  { role: { nl: 'Onderzoeksteam', fr: 'Équipe de recherche' }, members: ['EUKN', 'Kenniscentrum Vlaamse Steden', 'p.m.'], icon: 'i-ph-graduation-cap' },
  { role: { nl: 'Financiële ondersteuning', fr: 'Soutien financier' }, members: [{ nl: 'Vlaamse Overheid', fr: 'Autorité flamande' }], icon: 'i-ph-coins' },
  { role: { nl: 'Proces\u00ADondersteuning', fr: 'Accompa\u00ADgnement du processus' }, members: ['SG Benelux'], icon: 'i-ph-handshake' },
])

export const beneluxPlusCities = bilingual<StakeholderGroup[]>([
  {
    role: { nl: 'Steden (~ 4 miljoenen inwoners)', fr: 'Villes (~ 4 millions d’habitants)' },
    members: [
      'Antwerpen',
      'Gent',
      'Genk',
      'Liège',
      'Charleroi',
      'Mons',
      'Mouscron',
      { nl: 'Brussels-HSG', fr: 'Bruxelles-Capitale' },
      'Almere',
      'Assen',
      'Esch-sur-Alzette',
      'Düsseldorf',
      'Bottrop',
      'Gelsenkirchen',
      'Aachen',
      'Steinheim',
      { nl: 'Villers la Chèvre', fr: 'Villers-la-Chèvre' },
    ],
    icon: 'i-ph-buildings',
  },
])

export const approach = bilingual<ProcessStep[]>([
  { label: 'Inventory of innovative and realisable examples in the Benelux countries (and NRWF)' },
  {
    label: 'Development of a process oriented approach for the exchange of knowledge and experience between all actors involved (cities, knowledge institutes, housing corporations, private partners …)',
  },
  { label: 'Expert meeting: reflection on semi-final report' },
  { label: 'Final report & toolkit' },
])
