import {
  nonPublicReason,
  resolvePublicTarget,
  OutboundTargetRefusedError,
  type HostLookup,
} from '../../../libs/core/src/outbound/ssrf-guard';

const fixed =
  (...addresses: string[]): HostLookup =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

async function refusal(p: Promise<unknown>): Promise<OutboundTargetRefusedError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(OutboundTargetRefusedError);
    return err as OutboundTargetRefusedError;
  }
  throw new Error('expected the target to be refused');
}

describe('resolvePublicTarget', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', '127.0.0.1'],
    ['http://[::1]/hook', '::1'],
    ['http://10.0.0.5/hook', '10.0.0.5'],
    ['http://172.16.3.4/', '172.16.3.4'],
    ['http://192.168.1.1/', '192.168.1.1'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://169.254.1.1/', '169.254.1.1'],
    ['http://100.64.0.1/', '100.64.0.1'],
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://224.0.0.1/', '224.0.0.1'],
    ['http://255.255.255.255/', '255.255.255.255'],
    ['http://[fd00:ec2::254]/', 'fd00:ec2::254'],
    ['http://[fc00::1]/', 'fc00::1'],
    ['http://[fe80::1]/', 'fe80::1'],
    ['http://[::]/', '::'],
    ['http://[ff02::1]/', 'ff02::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe'],
    ['http://[64:ff9b::10.0.0.1]/', '64:ff9b::a00:1'],
    ['http://2130706433/', '127.0.0.1'], // WHATWG URL normalises decimal / hex IPv4 forms
    ['http://0x7f.1/', '127.0.0.1'],
  ])('refuses %s', async (url, address) => {
    const err = await refusal(resolvePublicTarget(url, { lookup: fixed('93.184.216.34') }));
    expect(err.code).toBe('URL_PRIVATE');
    expect(err.address).toBe(address);
    expect(err.message).toContain(address);
  });

  it('refuses a host name that resolves to loopback, naming the address', async () => {
    const err = await refusal(resolvePublicTarget('https://evil.example/hook', { lookup: fixed('127.0.0.1') }));
    expect(err.code).toBe('URL_PRIVATE');
    expect(err.message).toContain('127.0.0.1');
    expect(err.message).toContain('evil.example');
  });

  it('refuses when ANY resolved address is private (mixed public + private)', async () => {
    const err = await refusal(
      resolvePublicTarget('https://mixed.example/hook', { lookup: fixed('93.184.216.34', '2606:4700::1111', '10.1.2.3') }),
    );
    expect(err.code).toBe('URL_PRIVATE');
    expect(err.address).toBe('10.1.2.3');
  });

  it('refuses metadata.google.internal by name, and localhost', async () => {
    const lookup = jest.fn(fixed('93.184.216.34'));
    expect((await refusal(resolvePublicTarget('http://metadata.google.internal/computeMetadata/v1/', { lookup }))).code).toBe(
      'URL_PRIVATE',
    );
    expect((await refusal(resolvePublicTarget('http://METADATA.google.internal./', { lookup }))).code).toBe('URL_PRIVATE');
    expect((await refusal(resolvePublicTarget('http://localhost:3000/', { lookup }))).code).toBe('URL_PRIVATE');
    expect(lookup).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'gopher://example.com/', 'javascript:alert(1)', 'data:,x'])(
    'refuses scheme of %s',
    async (url) => {
      expect((await refusal(resolvePublicTarget(url, { lookup: fixed('93.184.216.34') }))).code).toBe('URL_SCHEME');
    },
  );

  it('refuses unparseable URLs', async () => {
    expect((await refusal(resolvePublicTarget('not a url'))).code).toBe('URL_INVALID');
    expect((await refusal(resolvePublicTarget('http://'))).code).toBe('URL_INVALID');
  });

  it('reports unresolvable hosts', async () => {
    const failing: HostLookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nope.invalid'), { code: 'ENOTFOUND' });
    };
    const err = await refusal(resolvePublicTarget('https://nope.invalid/', { lookup: failing }));
    expect(err.code).toBe('URL_UNRESOLVABLE');
    expect(err.message).toContain('nope.invalid');
    expect((await refusal(resolvePublicTarget('https://empty.example/', { lookup: fixed() }))).code).toBe('URL_UNRESOLVABLE');
  });

  it('accepts public addresses and returns the first, with the parsed URL', async () => {
    const t = await resolvePublicTarget('https://hooks.example.com:8443/in?x=1', {
      lookup: fixed('93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'),
    });
    expect(t.address).toBe('93.184.216.34');
    expect(t.family).toBe(4);
    expect(t.url.host).toBe('hooks.example.com:8443');
    const v6 = await resolvePublicTarget('http://[2606:4700::1111]/', {});
    expect(v6).toMatchObject({ address: '2606:4700::1111', family: 6 });
  });

  it('allows 127.0.0.1 only when allow-listed (address, CIDR or host name)', async () => {
    expect((await refusal(resolvePublicTarget('http://127.0.0.1:9000/'))).code).toBe('URL_PRIVATE');
    await expect(resolvePublicTarget('http://127.0.0.1:9000/', { allowHosts: ['127.0.0.1'] })).resolves.toMatchObject({
      address: '127.0.0.1',
      family: 4,
    });
    await expect(resolvePublicTarget('http://127.0.0.1:9000/', { allowHosts: ['127.0.0.0/8'] })).resolves.toMatchObject({
      address: '127.0.0.1',
    });
    await expect(
      resolvePublicTarget('http://receiver.test:9000/', { allowHosts: ['RECEIVER.test'], lookup: fixed('127.0.0.1') }),
    ).resolves.toMatchObject({ address: '127.0.0.1' });
    await expect(
      resolvePublicTarget('http://localhost:9000/', { allowHosts: ['localhost'], lookup: fixed('127.0.0.1', '::1') }),
    ).resolves.toMatchObject({ address: '127.0.0.1' });
    // allow-listing one address does not allow others
    expect((await refusal(resolvePublicTarget('http://10.0.0.5/', { allowHosts: ['127.0.0.1', '192.168.0.0/16'] }))).code).toBe(
      'URL_PRIVATE',
    );
    expect(
      (await refusal(resolvePublicTarget('http://other.test/', { allowHosts: ['receiver.test'], lookup: fixed('127.0.0.1') }))).code,
    ).toBe('URL_PRIVATE');
  });

  it('never allows cloud metadata, even when allow-listed', async () => {
    const err = await refusal(resolvePublicTarget('http://169.254.169.254/', { allowHosts: ['169.254.0.0/16'] }));
    expect(err.code).toBe('URL_PRIVATE');
    expect(err.message).toMatch(/metadata/);
  });
});

describe('nonPublicReason', () => {
  it.each([
    ['8.8.8.8', null],
    ['2001:4860:4860::8888', null],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::8.8.8.8', null],
    ['2002:0808:0808::1', null],
    ['2002:0a00:0001::1', '6to4 private'],
    ['::7f00:1', 'ipv4Compatible'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['not-an-ip', 'not an IP address'],
  ])('%s → %s', (address, reason) => {
    expect(nonPublicReason(address)).toBe(reason);
  });
});
