/**
 * The scale bench's data: matters generated in SQL (a backfill of 200,000 matters through the replay takes hours
 * on a 2-core machine). Values are drawn from the 2026-07-15 City Council capture (title shapes, the 50 alders of
 * its roll) so filters select realistic shares; every value is a function of the row number, so two runs hold the
 * same data.
 */

/** The 50 alders on the roll of the 2026-07-15 meeting (meeting-agenda-detail-city-council-2026-07-15.json). */
export const ALDERS = [
  'Beale, Anthony',
  'Burnett, Walter R.',
  'Cardona, Jr., Felix',
  'Chico, Peter',
  'Clay, Angela',
  'Coleman, Stephanie D.',
  'Conway, William',
  'Cruz, Ruth',
  'Curtis, Derrick G.',
  'Dowell, Pat',
  'Ervin, Jason C.',
  'Fuentes, Jessica L.',
  'Gardiner, James M.',
  'Gutierrez, Jeylu B.',
  'Hadden, Maria E.',
  'Hall, William E.',
  'Harris, Michelle A.',
  'Hopkins, Brian',
  'Knudsen, Timothy R.',
  'La Spata, Daniel',
  'Lawson, Bennett R.',
  'Lee, Nicole T.',
  'Lopez, Raymond A.',
  'Manaa-Hoppenworth, Leni',
  'Martin, Matthew J.',
  'Mitchell, Gregory I.',
  'Mitts, Emma',
  'Moore, David H.',
  'Mosley, Ronnie L.',
  'Napolitano, Anthony V.',
  'Nugent, Samantha',
  "O'Shea, Matthew J.",
  'Quezada, Anthony J.',
  'Quinn, Marty',
  'Ramirez, Julia M.',
  'Reilly, Brendan',
  'Robinson, Lamont J.',
  'Rodriguez Sanchez, Rossana',
  'Rodriguez, Michael D.',
  'Scott, Monique L.',
  'Sigcho-Lopez, Byron',
  'Silverstein, Debra L.',
  'Sposato, Nicholas',
  'Tabares, Silvana',
  'Taliaferro, Chris',
  'Taylor, Jeanette B.',
  'Vasquez, Jr., Andre',
  'Villegas, Gilbert',
  'Waguespack, Scott',
  'Yancy, Desmon C.',
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;

/**
 * Title shapes of the 2026-07-15 agenda; `{n}` is a number from the row. One matter in 200 names chapter 2-173 and
 * "Welcoming City" (the seeded tracking rules match it); one in 5 is about parking.
 */
const TITLES = [
  `'Zoning Reclassification Map No. ' || (i % 28 + 1) || '-J at ' || (i % 9000 + 100) || ' W 16th St'`,
  `'Amendment of Municipal Code Section ' || (i % 17 + 1) || '-' || (i % 90 + 10) || '-' || lpad((i % 300)::text, 3, '0') || ' establishing mobile food vehicle stand on ' || (i % 5000) || ' W Gunnison St'`,
  `'Issuance of permits for sign(s)/signboard(s) at ' || (i % 9000 + 100) || ' W Grand Ave - Permit No ' || (100000000 + i)`,
  `'Residential permit parking zone on ' || (i % 5000) || ' N Kimball Ave'`,
  `'Expenditure of Open Space Impact Fee funds for development of plaza at ' || (i % 5000) || ' W Wellington Ave'`,
];

const TYPES = [
  ['O', 'Ordinance'],
  ['R', 'Resolution'],
  ['Or', 'Order'],
  ['A', 'Appointment'],
  ['CL', 'Claim'],
];
const STATUSES = ['Passed', 'Introduced', 'In Committee', 'Failed to Pass', 'Adopted', 'Placed on File'];
const COMMITTEES = [
  'Committee on Zoning, Landmarks and Building Standards',
  'Committee on Finance',
  'Committee on License and Consumer Protection',
  'Committee on Transportation and Public Way',
  'Committee on Budget and Government Operations',
  'Committee on Public Safety',
];

/** Matters per generated meeting: 2,000 meetings for 200,000 matters, about what 16 years of Council and committees hold. */
export const MATTERS_PER_MEETING = 100;
/** One meeting in 40 is still to come (50 of 2,000): the matters on its agenda are ON_AGENDA until then. */
const UPCOMING_EVERY = 40;

/**
 * Statements that add `count` matters (row numbers from `start`) with two sponsor rows and two actions each
 * (introduced at the Council, referred to a committee), and a meeting per MATTERS_PER_MEETING matters with 20
 * files and 50 agenda lines. One file in 40 is a Rule 41 notice named after a matter, as eLMS files them
 * ("Rule 41 Hadden O2026-0024083_1 (1).pdf"), so the lifecycle's look-ups of every page read real-sized tables.
 * No stage is written: the bench derives every matter's from this story, as a sync does.
 */
export function scaleDataSql(start: number, count: number): string[] {
  const end = start + count - 1;
  const firstMeeting = Math.ceil(start / MATTERS_PER_MEETING);
  const lastMeeting = Math.floor(end / MATTERS_PER_MEETING);
  return [
    `INSERT INTO matter (matter_id, record_number, file_year, type, status, title, filing_sponsor, introduction_date,
                         committee_referral, controlling_body, content_hash, fetched_at)
     SELECT 'scale-' || i,
            (${sqlArray(TYPES.map((t) => t[0]))})[i % ${TYPES.length} + 1] || (2010 + i % 16) || '-' || lpad(i::text, 7, '0'),
            2010 + i % 16,
            (${sqlArray(TYPES.map((t) => t[1]))})[i % ${TYPES.length} + 1],
            (${sqlArray(STATUSES)})[i % ${STATUSES.length} + 1],
            CASE WHEN i % 200 = 7 THEN 'Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance, matter ' || i
                 ELSE (ARRAY[${TITLES.join(', ')}])[i % ${TITLES.length} + 1] END,
            (${sqlArray(ALDERS)})[i % ${ALDERS.length} + 1],
            timestamptz '2010-01-01' + ((i * 7919) % (16 * 365)) * interval '1 day',
            (${sqlArray(COMMITTEES)})[i % ${COMMITTEES.length} + 1],
            'City Council',
            md5(i::text), now()
       FROM generate_series(${start}, ${end}) AS i`,
    `INSERT INTO matter_sponsor (matter_id, ordinal, person_id, sponsor_name, sponsor_type, office)
     SELECT m.id, o, 'person-' || ((i + o * 17) % ${ALDERS.length}), (${sqlArray(ALDERS)})[(i + o * 17) % ${ALDERS.length} + 1],
            CASE o WHEN 1 THEN 'Sponsor' ELSE 'CoSponsor' END, 'Alderman'
       FROM generate_series(${start}, ${end}) AS i JOIN matter m ON m.matter_id = 'scale-' || i, generate_series(1, 2) AS o`,
    `INSERT INTO matter_action (matter_id, history_id, ordinal, action_date, action_name, action_by_name, sort)
     SELECT m.id, 'scale-h-' || i || '-' || o, o, m.introduction_date, CASE o WHEN 1 THEN 'Introduced' ELSE 'Referred' END,
            CASE o WHEN 1 THEN 'City Council' ELSE m.committee_referral END, o
       FROM generate_series(${start}, ${end}) AS i JOIN matter m ON m.matter_id = 'scale-' || i, generate_series(1, 2) AS o`,
    `INSERT INTO meeting (meeting_id, body_name, status, date, location)
     SELECT 'scale-meeting-' || k, (${sqlArray(['City Council', ...COMMITTEES])})[k % ${COMMITTEES.length + 1} + 1],
            CASE WHEN k % ${UPCOMING_EVERY} = 0 THEN 'Scheduled' ELSE 'Final' END,
            CASE WHEN k % ${UPCOMING_EVERY} = 0 THEN date_trunc('day', now()) + (k % 60 + 1) * interval '1 day' + interval '15 hours'
                 ELSE timestamptz '2010-01-01 15:00Z' + ((k * 613) % (16 * 365)) * interval '1 day' END,
            '121 N LaSalle St'
       FROM generate_series(${firstMeeting}, ${lastMeeting}) AS k`,
    `INSERT INTO meeting_file (meeting_id, ordinal, file_name, path, attachment_type, sort)
     SELECT mt.id, j,
            CASE WHEN (k * 20 + j) % 40 = 0 THEN 'Rule 41 ' || split_part(m.filing_sponsor, ',', 1) || ' ' || m.record_number || '_1 (1).pdf'
                 ELSE 'Report ' || j || ' of meeting ' || k || '.pdf' END,
            'https://chicityclerkelms.chicago.gov/scale/' || k || '/' || j, 'Agenda', j
       FROM generate_series(${firstMeeting}, ${lastMeeting}) AS k
       JOIN meeting mt ON mt.meeting_id = 'scale-meeting-' || k
       JOIN matter m ON m.matter_id = 'scale-' || (k * ${MATTERS_PER_MEETING})
      CROSS JOIN generate_series(1, 20) AS j`,
    `INSERT INTO meeting_agenda_item (meeting_id, ordinal, matter_id, record_number, matter_title, action_name, sort)
     SELECT mt.id, j, m.matter_id, m.record_number, m.title, 'Recommended to Pass', j
       FROM generate_series(${firstMeeting}, ${lastMeeting}) AS k
       JOIN meeting mt ON mt.meeting_id = 'scale-meeting-' || k
      CROSS JOIN generate_series(1, 50) AS j
       JOIN matter m ON m.matter_id = 'scale-' || (k * ${MATTERS_PER_MEETING} - 2 * (j - 1))`,
  ];
}
