/**
 * The open-external policy's address and mail-header rules, table by table: https: links to the user's machine or a
 * private network are refused in every spelling the URL parser accepts, and mailto: links carry addresses and at most
 * a subject.
 */
import { describe, expect, it } from 'vitest';
import { isNonPublicHost } from '../../src-main/electron/localAddressPolicy';
import { externalUrlAllowed } from '../../src-main/electron/openExternalPolicy';

describe('https: to the local machine or a private network', () => {
  it.each([
    // loopback, names
    ['https://localhost/', 'localhost'],
    ['https://LOCALHOST./admin', 'localhost, upper case, trailing dot'],
    ['https://app.localhost/', 'a .localhost subdomain'],
    ['https://printer.local/', 'mDNS'],
    ['https://nas.home.arpa/', 'home network'],
    ['https://metadata.google.internal/', '.internal'],
    ['https://intranet/', 'a single-label name'],
    // IPv4 loopback, in every spelling the parser normalises
    ['https://127.0.0.1/', '127.0.0.1'],
    ['https://127.255.1.2:8443/', 'the whole of 127/8'],
    ['https://2130706433/', 'decimal'],
    ['https://0x7f000001/', 'hex'],
    ['https://0x7f.1/', 'hex, short'],
    ['https://017700000001/', 'octal'],
    ['https://0177.0.0.1/', 'octal, dotted'],
    ['https://127.1/', 'short form'],
    ['https://１２７.０.０.１/', 'full-width digits'],
    ['https://0/', '0.0.0.0'],
    // private, link-local, shared, multicast, broadcast
    ['https://10.0.0.1/', '10/8'],
    ['https://10.255.255.255/', '10/8, top'],
    ['https://172.16.0.1/', '172.16/12, bottom'],
    ['https://172.31.255.254/', '172.16/12, top'],
    ['https://192.168.1.1/', '192.168/16'],
    ['https://0xc0a80101/', '192.168.1.1 in hex'],
    ['https://169.254.169.254/latest/meta-data/', 'link-local, the cloud metadata endpoint'],
    ['https://100.64.0.1/', 'carrier-grade NAT'],
    ['https://224.0.0.251/', 'multicast'],
    ['https://255.255.255.255/', 'broadcast'],
    // IPv6
    ['https://[::1]/', '::1'],
    ['https://[0:0:0:0:0:0:0:1]/', '::1, long form'],
    ['https://[::]/', 'unspecified'],
    ['https://[fc00::1]/', 'unique-local fc00::/7'],
    ['https://[fdab:cdef::1]/', 'unique-local fd00::/8'],
    ['https://[fe80::1]/', 'link-local fe80::/10'],
    ['https://[febf:ffff::1]/', 'link-local, top of fe80::/10'],
    ['https://[fec0::1]/', 'site-local'],
    ['https://[ff02::1]/', 'multicast'],
    ['https://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback'],
    ['https://[::ffff:7f00:1]/', 'IPv4-mapped loopback, hex'],
    ['https://[::ffff:192.168.0.10]/', 'IPv4-mapped private'],
    ['https://[::ffff:169.254.169.254]/', 'IPv4-mapped metadata endpoint'],
    ['https://[::127.0.0.1]/', 'IPv4-compatible loopback'],
    ['https://[64:ff9b::10.0.0.1]/', 'NAT64 of a private address'],
    ['https://[::ffff:0:127.0.0.1]/', 'IPv4-translated loopback'],
    ['https://[64:ff9b:1::8.8.8.8]/', 'local-use NAT64'],
    ['https://[2002:7f00:1::1]/', '6to4 of loopback'],
    ['https://[2002:c0a8:101::1]/', '6to4 of 192.168.1.1'],
    ['https://localhost。/', 'localhost with an ideographic full stop'],
    ['https://127.0.0.1./', 'loopback with a trailing dot'],
    ['https://0x7f.0x0.0x0.0x1/', 'hex in every part'],
  ])('refuses %s (%s)', (url) => {
    expect(externalUrlAllowed(url)).toBeNull();
  });

  it.each([
    ['https://www.mei.edu/publications', 'a public name'],
    ['https://8.8.8.8/', 'a public IPv4'],
    ['https://172.15.255.255/', 'just below 172.16/12'],
    ['https://172.32.0.1/', 'just above 172.16/12'],
    ['https://192.169.0.1/', 'just above 192.168/16'],
    ['https://169.253.1.1/', 'just below 169.254/16'],
    ['https://11.0.0.1/', 'just above 10/8'],
    ['https://[2001:4860:4860::8888]/', 'a public IPv6'],
    ['https://[::ffff:8.8.8.8]/', 'IPv4-mapped public'],
    ['https://[64:ff9b::8.8.8.8]/', 'NAT64 of a public address'],
    ['https://[2002:808:808::1]/', '6to4 of a public address'],
    ['https://[fbff::1]/', 'just below fc00::/7'],
    ['https://[fe7f::1]/', 'just below fe80::/10'],
    ['https://localhost.example.com/', 'a public name that starts with localhost'],
  ])('allows %s (%s)', (url) => {
    expect(externalUrlAllowed(url)?.protocol).toBe('https:');
  });

  it('treats a literal the parser would not produce as non-public', () => {
    expect(isNonPublicHost('999.1.1.1')).toBe(true);
    expect(isNonPublicHost('[1::2::3]')).toBe(true);
    expect(isNonPublicHost('[zz::1]')).toBe(true);
    expect(isNonPublicHost('example.org')).toBe(false);
  });
});

describe('mailto:', () => {
  it.each([
    ['mailto:analyst@example.org', 'one address'],
    ['mailto:a@example.org,b@example.org', 'two addresses'],
    ['mailto:analyst@example.org?subject=Turkey%20and%20Iran', 'a subject'],
    ['mailto:analyst@example.org?Subject=BLUF', 'a subject, any case'],
  ])('allows %s (%s)', (url) => {
    expect(externalUrlAllowed(url)?.protocol).toBe('mailto:');
  });

  it.each([
    ['mailto:a@b?attach=/etc/passwd', 'attach'],
    ['mailto:a@example.org?attachment=~/.ssh/id_rsa', 'attachment'],
    ['mailto:a@example.org?ATTACH=/etc/passwd', 'attach, upper case'],
    ['mailto:a@example.org?%61ttach=/etc/passwd', 'attach, percent-encoded name'],
    ['mailto:a@example.org?subject=x&attach=/etc/passwd', 'attach after a subject'],
    ['mailto:a@example.org?cc=boss@example.org', 'cc'],
    ['mailto:a@example.org?bcc=leak@example.net', 'bcc'],
    ['mailto:a@example.org?to=other@example.net', 'to'],
    ['mailto:a@example.org?body=Send%20this', 'body'],
    ['mailto:a@example.org?in-reply-to=%3Cid%40x%3E', 'another header'],
    ['mailto:a@example.org?subject=a&subject=b', 'two subjects'],
    ['mailto:a@example.org%3Fattach=/etc/passwd', 'a header hidden in the address'],
    ['mailto:a@example.org%0Acc:leak@example.net', 'a line break in the address'],
    ['mailto:?subject=x', 'no address'],
    ['mailto:not-an-address', 'no @'],
    ['mailto:a@example.org#x', 'a fragment'],
    ['mailto:a@example.org,', 'an empty address'],
  ])('refuses %s (%s)', (url) => {
    expect(externalUrlAllowed(url)).toBeNull();
  });
});
