/** Static demo content for the seed: people, departments, group names. Pure data, no logic. */

export interface Person {
  first: string | null;
  last: string | null;
  /** ASCII local part for the email address (names may be non-ASCII). */
  slug: string;
  dept: string;
  title?: string;
  state?: 'active' | 'inactive' | 'suspended';
  /** Omit the deprecated `username` field entirely. */
  noUsername?: boolean;
  admin?: boolean;
}

export const PEOPLE: Person[] = [
  { first: 'José', last: 'Núñez', slug: 'jose.nunez', dept: 'Engineering', title: 'Staff Software Engineer', admin: true },
  { first: 'Zoë', last: 'Ångström', slug: 'zoe.angstrom', dept: 'Engineering', title: 'Platform Engineer' },
  { first: '太郎', last: '田中', slug: 'taro.tanaka', dept: 'Engineering', title: 'Site Reliability Engineer' },
  { first: 'Łukasz', last: 'Żółć', slug: 'lukasz.zolc', dept: 'Engineering', title: 'Frontend Engineer', state: 'suspended' },
  { first: 'Siobhán', last: "O'Connor", slug: 'siobhan.oconnor', dept: 'Sales', title: 'Account Executive' },
  { first: 'François', last: 'Müller', slug: 'francois.muller', dept: 'Finance', title: 'Controller' },
  { first: 'Ngozi', last: 'Okonkwo', slug: 'ngozi.okonkwo', dept: 'Leadership', title: 'Chief Technology Officer', admin: true },
  { first: 'Priya', last: 'Raghunathan', slug: 'priya.raghunathan', dept: 'Design', title: 'Product Designer' },
  { first: 'Mateo', last: 'García', slug: 'mateo.garcia', dept: 'Sales', title: 'Sales Engineer', state: 'inactive' },
  { first: 'Анна', last: 'Кузнецова', slug: 'anna.kuznetsova', dept: 'Engineering', title: 'Data Engineer' },
  { first: 'Björn', last: 'Þórsson', slug: 'bjorn.thorsson', dept: 'Support', noUsername: true },
  { first: null, last: null, slug: 'svc-build-bot', dept: 'Engineering', noUsername: true },
  { first: 'Chloé', last: 'Dubois', slug: 'chloe.dubois', dept: 'Marketing', title: 'Content Strategist' },
  { first: 'Aiyana', last: 'Redcloud', slug: 'aiyana.redcloud', dept: 'People', title: 'HR Business Partner' },
  { first: 'Seo-yeon', last: 'Park', slug: 'seoyeon.park', dept: 'Engineering', title: 'Engineering Manager', admin: true },
  { first: 'Oluwaseun', last: 'Adeyemi', slug: 'seun.adeyemi', dept: 'Support', title: 'Support Lead' },
  { first: 'Mia', last: 'Schröder', slug: 'mia.schroder', dept: 'Finance', title: 'Financial Analyst', state: 'inactive' },
  { first: 'Rahul', last: null, slug: 'rahul', dept: 'Sales' },
  { first: 'Camille', last: 'Lefèvre', slug: 'camille.lefevre', dept: 'Design', title: 'Design Director', admin: true },
  { first: 'Tomás', last: 'Ó Briain', slug: 'tomas.obriain', dept: 'Engineering', title: 'Security Engineer' },
  { first: 'Hannah', last: 'Kim', slug: 'hannah.kim', dept: 'Marketing', title: 'Growth Marketer' },
  { first: 'Ærin', last: 'Søndergaard', slug: 'aerin.sondergaard', dept: 'People', title: 'Recruiter' },
  { first: 'Kwame', last: 'Mensah', slug: 'kwame.mensah', dept: 'Leadership', title: 'Chief Executive Officer', admin: true },
  { first: 'Lucía', last: 'Fernández', slug: 'lucia.fernandez', dept: 'Support', title: 'Customer Success Manager' },
  { first: 'Wei', last: 'Zhang', slug: 'wei.zhang', dept: 'Engineering', title: 'Backend Engineer' },
  { first: 'Fatima', last: 'Al-Sayed', slug: 'fatima.alsayed', dept: 'Finance', title: 'Payroll Specialist' },
  { first: 'Noah', last: 'Williams', slug: 'noah.williams', dept: 'Sales', title: 'Sales Development Representative', state: 'suspended' },
  { first: 'Ingrid', last: 'Haugen', slug: 'ingrid.haugen', dept: 'Engineering', title: 'QA Engineer' },
  { first: 'Dev', last: 'Patel', slug: 'dev.patel', dept: 'Engineering', title: 'Mobile Engineer' },
  { first: 'Amélie', last: 'Rousseau', slug: 'amelie.rousseau', dept: 'Marketing', title: 'Brand Designer' },
];

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sofia', 'James', 'Amara', 'Lucas', 'Mei', 'Mateo', 'Isla',
  'Arjun', 'Freya', 'Omar', 'Yuki', 'Leila', 'Hugo', 'Nadia', 'Ravi', 'Chiara', 'Kofi', 'Elena', 'Jonas', 'Aisha',
  'Felix', 'Ines', 'Tariq', 'Greta', 'Diego', 'Zara', 'Henrik', 'Ana', 'Kenji', 'Maya', 'Pavel', 'Noor', 'Leo', 'Sana',
];
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Nguyen', 'García', 'Müller', 'Rossi', 'Kowalski', 'Tanaka', 'Okafor', 'Silva', 'Andersson',
  'Dubois', 'Cohen', 'Patel', 'Kim', 'Novak', 'Haddad', 'Jensen', 'Moreau', 'Costa', 'Petrov', 'Hughes', 'Sato',
  'Mensah', 'Larsen', 'Ibrahim', 'Fischer', 'Lopez', 'Walsh', 'Yilmaz', 'Chen', 'Brown', 'Singh', 'Ferreira',
];

export const DEPARTMENTS = [
  { name: 'Engineering', titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'SRE'], cost: 'CC-1100' },
  { name: 'Product', titles: ['Product Manager', 'Senior Product Manager', 'Product Analyst'], cost: 'CC-1200' },
  { name: 'Design', titles: ['Product Designer', 'UX Researcher', 'Design Manager'], cost: 'CC-1300' },
  { name: 'Sales', titles: ['Account Executive', 'Sales Engineer', 'SDR', 'Sales Manager'], cost: 'CC-2100' },
  { name: 'Marketing', titles: ['Marketing Manager', 'Content Writer', 'Growth Analyst'], cost: 'CC-2200' },
  { name: 'Support', titles: ['Support Engineer', 'Customer Success Manager', 'Support Lead'], cost: 'CC-2300' },
  { name: 'Finance', titles: ['Accountant', 'Financial Analyst', 'Controller'], cost: 'CC-3100' },
  { name: 'People', titles: ['Recruiter', 'HR Business Partner', 'People Ops Specialist'], cost: 'CC-3200' },
  { name: 'Legal', titles: ['Counsel', 'Paralegal'], cost: 'CC-3300' },
  { name: 'Operations', titles: ['Operations Manager', 'Business Analyst'], cost: 'CC-3400' },
  { name: 'Data', titles: ['Data Scientist', 'Data Engineer', 'Analytics Engineer'], cost: 'CC-1400' },
  { name: 'Security', titles: ['Security Engineer', 'Security Analyst'], cost: 'CC-1500' },
  { name: 'IT', titles: ['IT Administrator', 'Helpdesk Technician'], cost: 'CC-3500' },
] as const;

export const OFFICES = [
  { name: 'New York', region: 'NY', country: 'US', postal: '10001', street: '350 Fifth Avenue' },
  { name: 'San Francisco', region: 'CA', country: 'US', postal: '94105', street: '415 Mission Street' },
  { name: 'London', region: 'England', country: 'GB', postal: 'EC2A 4NE', street: '1 Finsbury Avenue' },
  { name: 'Berlin', region: 'Berlin', country: 'DE', postal: '10115', street: 'Invalidenstraße 117' },
  { name: 'Tokyo', region: 'Tokyo', country: 'JP', postal: '100-0005', street: '1-1 Marunouchi' },
  { name: 'São Paulo', region: 'SP', country: 'BR', postal: '01310-100', street: 'Avenida Paulista 1578' },
] as const;

export const EMPLOYEE_TYPES = ['Full-Time', 'Full-Time', 'Full-Time', 'Part-Time', 'Contractor', 'Intern'] as const;
