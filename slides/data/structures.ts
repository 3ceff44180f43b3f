// The two organisation charts: the Benelux institutions and the Secretariat-General.
import type { OrgNode, OrgRelation } from '../../components/org-chart'

export interface Structure {
  nodes: OrgNode[]
  relations: OrgRelation[]
  groups: Record<string, string>
}

export const benelux: Structure = {
  nodes: [
    { id: 'comite', label: 'Comité van Ministers', group: 'besluit' },
    { id: 'raad', label: 'Raad', parent: 'comite', group: 'besluit' },
    { id: 'sg', label: 'Secretariaat-Generaal', parent: 'comite', group: 'besluit' },
    { id: 'parlement', label: 'Benelux-parlement', group: 'parlement' },
    { id: 'hof', label: 'Benelux-Gerechtshof', group: 'recht' },
    { id: 'boip', label: 'Benelux-Bureau voor Intellectuele Eigendom', group: 'recht' },
  ],
  relations: [
    { from: 'parlement', to: 'comite', label: 'advies' },
    { from: 'sg', to: 'hof', label: 'griffie' },
  ],
  groups: {
    besluit: 'Besluitvorming en uitvoering',
    parlement: 'Parlementair, adviserend',
    recht: 'Recht en intellectuele eigendom',
  },
}

export const secretariat: Structure = {
  nodes: [
    { id: 'college', label: 'College van secretarissen-generaal', group: 'leiding' },
    { id: 'staf', label: 'Stafbureau', parent: 'college', group: 'leiding' },
    { id: 'jbz', label: 'Team Justitie en Binnenlandse Zaken', parent: 'college', group: 'team' },
    { id: 'do', label: 'Team Duurzame ontwikkeling', parent: 'college', group: 'team' },
    { id: 'markt', label: 'Team Markt', parent: 'college', group: 'team' },
    { id: 'taal', label: 'Dienst taal', parent: 'college', group: 'dienst' },
    { id: 'bedrijf', label: 'Dienst bedrijfsvoering', parent: 'college', group: 'dienst' },
    { id: 'personeel', label: 'Personeelscomité', group: 'overleg' },
  ],
  relations: [
    { from: 'personeel', to: 'college', label: 'overleg' },
  ],
  groups: {
    leiding: 'Leiding en staf',
    team: 'Inhoudelijke teams',
    dienst: 'Diensten',
    overleg: 'Personeelsvertegenwoordiging',
  },
}
