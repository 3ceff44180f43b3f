// The two organisation charts: the Benelux institutions and the Secretariat-General.
import type { OrgNode, OrgRelation } from '../../components/org-chart'
import { bilingual } from '../../components/i18n'

export interface Structure {
  nodes: OrgNode[]
  relations: OrgRelation[]
  groups: Record<string, string>
}

export const benelux = bilingual<Structure>({
  nodes: [
    { id: 'comite', label: { nl: 'Comité van Ministers', fr: 'Comité de Ministres' }, group: 'besluit' },
    { id: 'raad', label: { nl: 'Raad', fr: 'Conseil' }, parent: 'comite', group: 'besluit' },
    { id: 'sg', label: { nl: 'Secretariaat-Generaal', fr: 'Secrétariat général' }, parent: 'comite', group: 'besluit' },
    { id: 'parlement', label: { nl: 'Benelux-parlement', fr: 'Parlement Benelux' }, group: 'parlement' },
    { id: 'hof', label: { nl: 'Benelux-Gerechtshof', fr: 'Cour de Justice Benelux' }, group: 'recht' },
    { id: 'boip', label: { nl: 'Benelux-Bureau voor Intellectuele Eigendom', fr: 'Office Benelux de la Propriété intellectuelle' }, group: 'recht' },
  ],
  relations: [
    { from: 'parlement', to: 'comite', label: { nl: 'advies', fr: 'avis' } },
    { from: 'sg', to: 'hof', label: { nl: 'griffie', fr: 'greffe' } },
  ],
  groups: {
    besluit: { nl: 'Besluitvorming en uitvoering', fr: 'Décision et exécution' },
    parlement: { nl: 'Parlementair, adviserend', fr: 'Parlementaire, consultatif' },
    recht: { nl: 'Recht en intellectuele eigendom', fr: 'Droit et propriété intellectuelle' },
  },
})

export const secretariat = bilingual<Structure>({
  nodes: [
    { id: 'college', label: { nl: 'College van secretarissen-generaal', fr: 'Collège des secrétaires généraux' }, group: 'leiding' },
    { id: 'staf', label: { nl: 'Stafbureau', fr: 'Bureau d’état-major' }, parent: 'college', group: 'leiding' },
    { id: 'jbz', label: { nl: 'Team Justitie en Binnenlandse Zaken', fr: 'Équipe Justice et Affaires intérieures' }, parent: 'college', group: 'team' },
    { id: 'do', label: { nl: 'Team Duurzame ontwikkeling', fr: 'Équipe Développement durable' }, parent: 'college', group: 'team' },
    { id: 'markt', label: { nl: 'Team Markt', fr: 'Équipe Marché' }, parent: 'college', group: 'team' },
    { id: 'taal', label: { nl: 'Dienst taal', fr: 'Service linguistique' }, parent: 'college', group: 'dienst' },
    { id: 'bedrijf', label: { nl: 'Dienst bedrijfsvoering', fr: 'Service de gestion interne' }, parent: 'college', group: 'dienst' },
    { id: 'personeel', label: { nl: 'Personeelscomité', fr: 'Comité du personnel' }, group: 'overleg' },
  ],
  relations: [
    { from: 'personeel', to: 'college', label: { nl: 'overleg', fr: 'concertation' } },
  ],
  groups: {
    leiding: { nl: 'Leiding en staf', fr: 'Direction et état-major' },
    team: { nl: 'Inhoudelijke teams', fr: 'Équipes thématiques' },
    dienst: { nl: 'Diensten', fr: 'Services' },
    overleg: { nl: 'Personeelsvertegenwoordiging', fr: 'Représentation du personnel' },
  },
})
