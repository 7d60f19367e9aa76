import { describe, expect, it } from 'vitest';
import { addressRefusal, pinnedLookup, resolveHost } from './address-policy.js';

describe('address policy', () => {
  it('refuses every non-public address', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.251',
      '255.255.255.255',
      '192.0.2.10',
      '::1',
      '[::1]',
      '::',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '::ffff:169.254.169.254',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
      '::127.0.0.1',
      '2001:db8::1',
    ];
    for (const address of refused) expect(addressRefusal(address), address).not.toBeNull();
    expect(addressRefusal('169.254.169.254')).toMatch(/linkLocal/);
    expect(addressRefusal('not-an-ip')).toBe('not an IP address');
  });

  it('allows public unicast addresses, IPv4-mapped ones included', () => {
    for (const address of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8', '[2a00:1450:4001::200e]']) {
      expect(addressRefusal(address), address).toBeNull();
    }
  });

  it('resolves IP literals to themselves, brackets removed', async () => {
    expect(await resolveHost('[::1]')).toEqual([{ address: '::1', family: 6 }]);
    expect(await resolveHost('10.0.0.1')).toEqual([{ address: '10.0.0.1', family: 4 }]);
  });

  it('pins lookups to the checked addresses whatever the host name', () => {
    const lookup = pinnedLookup([
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1::1', family: 6 },
    ]);
    const calls: unknown[][] = [];
    lookup('rebound.example', { all: true }, (...args) => calls.push(args));
    lookup('rebound.example', { family: 4 }, (...args) => calls.push(args));
    lookup('rebound.example', { family: 6, all: false }, (...args) => calls.push(args));
    expect(calls[0]).toEqual([null, [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }]]);
    expect(calls[1]).toEqual([null, '93.184.216.34', 4]);
    expect(calls[2]).toEqual([null, '2606:2800:220:1::1', 6]);
  });

  it('fails a lookup for a family it has no checked address of', () => {
    const lookup = pinnedLookup([{ address: '93.184.216.34', family: 4 }]);
    let error: NodeJS.ErrnoException | null = null;
    lookup('x.example', { family: 6 }, (err) => (error = err));
    expect(error).not.toBeNull();
    expect(error!.code).toBe('ENOTFOUND');
  });
});
