import { AppConfig, OutboundPolicy, OutboundTargetRefusedError } from '@app/core';
import { testFetcher } from '../scraper/elms/elms-test-helpers';

const SOURCE = 'https://api.chicityclerkelms.chicago.gov';
const BLOB = 'https://occprodstoragev1.blob.core.usgovcloudapi.net';

function refusal(fn: () => unknown): OutboundTargetRefusedError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(OutboundTargetRefusedError);
    return err as OutboundTargetRefusedError;
  }
  throw new Error('expected a refusal');
}

describe(OutboundPolicy.name, () => {
  it('allows the configured base URLs’ origins and nothing else (scheme, host and port)', () => {
    const policy = OutboundPolicy.fromConfig(AppConfig.fromEnv({}));
    expect(policy.sourceOrigins.sort()).toEqual(
      ['https://api.chicityclerkelms.chicago.gov', 'https://codelibrary.amlegal.com', BLOB].sort(),
    );
    expect(policy.assertSourceUrl(`${BLOB}/matterattachmentspublic/x.pdf`).pathname).toBe('/matterattachmentspublic/x.pdf');
    for (const url of [
      'http://occprodstoragev1.blob.core.usgovcloudapi.net/x', // down to http
      'https://occprodstoragev1.blob.core.usgovcloudapi.net:8443/x',
      'https://occprodstoragev1.blob.core.usgovcloudapi.net.evil.example/x',
      'http://169.254.169.254/latest/meta-data/',
      'file:///etc/passwd',
    ]) {
      expect(refusal(() => policy.assertSourceUrl(url)).code).toBe('URL_NOT_SOURCE');
    }
  });

  it('takes the hosts from configuration, so a local replay can be the source', () => {
    const policy = OutboundPolicy.fromConfig(
      AppConfig.fromEnv({
        ELMS_BASE_URL: 'http://127.0.0.1:4010',
        ELMS_DOCUMENTS_BASE_URL: 'http://127.0.0.1:4010',
        CODE_LIBRARY_BASE_URL: 'http://127.0.0.1:4010',
      }),
    );
    expect(policy.sourceOrigins).toEqual(['http://127.0.0.1:4010']);
    expect(refusal(() => policy.assertSourceRedirect('http://127.0.0.1:4010/codes/a', 'http://127.0.0.1:4011/latest')).message).toMatch(
      /^redirect from http:\/\/127\.0\.0\.1:4010\/codes\/a to http:\/\/127\.0\.0\.1:4011\/latest refused/,
    );
    expect(policy.assertSourceRedirect('http://127.0.0.1:4010/codes/a', '/codes/b').href).toBe('http://127.0.0.1:4010/codes/b');
  });

  it('sends webhook targets through the SSRF guard', async () => {
    const policy = new OutboundPolicy([SOURCE], { allowHosts: [] });
    await expect(policy.resolvePublicTarget('http://10.0.0.5/hook')).rejects.toMatchObject({ code: 'URL_PRIVATE' });
    await expect(
      policy.resolvePublicTarget('https://hooks.example/in', { lookup: async () => [{ address: '93.184.216.34', family: 4 }] }),
    ).resolves.toMatchObject({ address: '93.184.216.34' });
  });
});

describe('SourceFetcher redirects', () => {
  const redirect = (location: string) => new Response(null, { status: 302, headers: { location } });

  it('follows a redirect within the source host and refuses one off it, without retrying', async () => {
    const seen: string[] = [];
    const { fetcher } = testFetcher(SOURCE, {
      fetchImpl: async (url, init) => {
        seen.push(url);
        expect(init.redirect).toBe('manual');
        if (url.endsWith('/moved')) return redirect('/here');
        if (url.endsWith('/away')) return redirect('http://169.254.169.254/latest/meta-data/');
        return new Response('%PDF-1.7 bytes', { status: 200, headers: { 'content-type': 'application/pdf' } });
      },
    });
    const got = await fetcher.getBytes('/moved');
    expect(Buffer.from(got.bytes).toString()).toBe('%PDF-1.7 bytes');
    expect(seen).toEqual([`${SOURCE}/moved`, `${SOURCE}/here`]);

    seen.length = 0;
    await expect(fetcher.getBytes('/away')).rejects.toMatchObject({ code: 'URL_NOT_SOURCE' });
    expect(seen).toEqual([`${SOURCE}/away`]);
  });

  it('refuses an absolute URL off the source host before any request', async () => {
    let requests = 0;
    const { fetcher } = testFetcher(SOURCE, { fetchImpl: async () => (requests++, new Response('x')) });
    await expect(fetcher.getBytes('http://127.0.0.1:9/secret')).rejects.toBeInstanceOf(OutboundTargetRefusedError);
    expect(requests).toBe(0);
  });

  it('gives up after too many redirects', async () => {
    let n = 0;
    const { fetcher } = testFetcher(SOURCE, { fetchImpl: async () => redirect(`/loop/${n++}`) });
    await expect(fetcher.getBytes('/loop')).rejects.toThrow(/more than 5 redirects/);
  });
});
