/** The pages worth opening in the demo, in reading order: the matter's path to a vote, its redline, the law, a ward, the feeds. */
export function demoUrls(base: string): [label: string, url: string][] {
  return [
    ['Tracked matters', `${base}/`],
    ['O2023-0004222 (stage, Rule 41, vote)', `${base}/matters/O2023-0004222`],
    ['Its redline of chapter 2-173', `${base}/matters/O2023-0004222/redline`],
    ['Chapter 2-173 (Welcoming City)', `${base}/code/2-173`],
    // The demo holds none of the ordinances the history notes cite: the page says where each history stops and why.
    ['History of 2-173-030 (who wrote it)', `${base}/code/2-173-030/history`],
    ['Ward 15 alder and votes', `${base}/alders/15`],
    ['Take action on O2023-0004222', `${base}/matters/O2023-0004222#take-action`],
    // By location: the demo is offline, and an address would need the Census geocoder (GEOCODER_URL).
    ['Find your alder (55th and Wood)', `${base}/find-your-alder?latitude=41.79&longitude=-87.6699`],
    ['In Spanish', `${base}/matters/O2023-0004222?lang=es`],
    ['Calendar feed (iCalendar)', `${base}/feeds/tracked.ics`],
    ['Changes feed (Atom)', `${base}/feeds/tracked.atom`],
    ['GraphQL (POST)', `${base}/graphql`],
    ['Health', `${base}/health`],
  ];
}
