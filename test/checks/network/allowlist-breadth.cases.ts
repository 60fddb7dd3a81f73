import { cases, type CheckCase } from '../../helpers/cases.js';

/** A case where the office allowlist holds exactly `ranges`. */
const office = (name: string, ranges: string[], expect: CheckCase['expect']): CheckCase => ({
  name,
  edit: (s) => {
    s.network!.ip_allowlists!.office = ranges;
  },
  expect,
});

export default cases([
  {
    name: 'an IPv4 /28 and an IPv6 /56: narrow enough',
    expect: [['office', 'pass', /office has 2 ranges, none wider than \/24 \(IPv4\) or \/48 \(IPv6\)/]],
  },

  // Everything.
  office('0.0.0.0/0 admits every IPv4 address', ['203.0.113.0/28', '0.0.0.0/0'], [['office', 'fail', /every IPv4 address \(0\.0\.0\.0\/0\)/]]),
  office('::/0 admits every address, IPv4 too (it contains ::ffff:0:0/96)', ['::/0'], [['office', 'fail', /admits every address \(::\/0\)/]]),
  office('0.0.0.0/0 and ::/0 together admit every address', ['::/0', '0.0.0.0/0'], [['office', 'fail', /admits every address \(::\/0, 0\.0\.0\.0\/0\)/]]),
  office('a /0 with host bits set is still everything (IPv4)', ['203.0.113.9/0'], [['office', 'fail', /every IPv4 address/]]),
  office('a /0 with host bits set is still everything (IPv6)', ['2001:db8::/0'], [['office', 'fail', /admits every address/]]),
  office('::ffff:0:0/96 is all of IPv4 (IPv4-mapped)', ['2001:db8:10::/56', '::ffff:0:0/96'], [['office', 'fail', /every IPv4 address \(::ffff:0:0\/96\)/]]),
  office('::ffff:0.0.0.0/96, the dotted spelling, too', ['::ffff:0.0.0.0/96'], [['office', 'fail', /every IPv4 address/]]),
  office('an IPv6 range containing ::ffff:0:0/96 (::/80) admits all of IPv4', ['::/80'], [['office', 'fail', /every IPv4 address \(::\/80\)/]]),
  office('0.0.0.0/1 and 128.0.0.0/1 together cover all of IPv4', ['0.0.0.0/1', '203.0.113.0/28', '128.0.0.0/1'], [['office', 'fail', /every IPv4 address \(0\.0\.0\.0\/1, 128\.0\.0\.0\/1\)/]]),
  office('a repeated half is named once', ['0.0.0.0/1', '128.0.0.0/1', '0.0.0.0/1'], [['office', 'fail', /\(0\.0\.0\.0\/1, 128\.0\.0\.0\/1\)/]]),
  office('an IPv4-mapped half and an IPv4 half together cover all of IPv4', ['::ffff:0.0.0.0/97', '128.0.0.0/1'], [['office', 'fail', /every IPv4 address/]]),
  office('::/1 and 8000::/1 together cover all of IPv6 (and so all of IPv4)', ['::/1', '8000::/1'], [['office', 'fail', /admits every address \(::\/1, 8000::\/1\)/]]),
  office('a wide range beside an everything range: the verdict is fail', ['10.0.0.0/8', '::/0'], [['office', 'fail']]),

  // Wider than one office.
  office('IPv4 /24 exactly is allowed', ['203.0.113.0/24'], [['office', 'pass']]),
  office('IPv4 /23 is one bit too wide', ['203.0.113.0/23'], [['office', 'warn', /203\.0\.113\.0\/23/]]),
  office('IPv4 /8 is too wide', ['10.0.0.0/8'], [['office', 'warn', /wider than one office's block/]]),
  office('IPv6 /48 exactly is allowed', ['2001:db8:10::/48'], [['office', 'pass']]),
  office('IPv6 /47 is one bit too wide', ['2001:db8:10::/47'], [['office', 'warn', /2001:db8:10::\/47/]]),
  office('IPv4-mapped /120 is an IPv4 /24: allowed', ['::ffff:203.0.113.0/120'], [['office', 'pass']]),
  office('IPv4-mapped /119 is an IPv4 /23: too wide, though far narrower than /48 as IPv6', ['::ffff:203.0.113.0/119'], [['office', 'warn', /::ffff:203\.0\.113\.0\/119/]]),
  office('IPv4-mapped /104 in hex is an IPv4 /8', ['::ffff:a00:0/104'], [['office', 'warn']]),
  office('IPv6 /96 outside the mapped block is narrow', ['2001:db8::/96', '64:ff9b::/96'], [['office', 'pass']]),
  office(
    'every wide range is named, in order',
    ['10.0.0.0/8', '203.0.113.0/28', '2001:db8::/32', '::ffff:172.16.0.0/108'],
    [['office', 'warn', /: 10\.0\.0\.0\/8, 2001:db8::\/32, ::ffff:172\.16\.0\.0\/108\.$/]],
  ),

  // Bare addresses.
  office('bare addresses count as /32 and /128', ['203.0.113.7', '2001:db8::1', '::ffff:203.0.113.8'], [['office', 'pass', /3 ranges/]]),
  office('the unspecified address alone is one address, not everything', ['0.0.0.0', '::'], [['office', 'pass']]),

  // Lists.
  office('an empty list warns: many systems read it as no restriction', [], [['office', 'warn', /lists no ranges/]]),
  {
    name: 'a list no store uses is still judged, in the order written',
    edit: (s) => {
      s.network!.ip_allowlists!.vpn = ['0.0.0.0/0'];
      s.network!.ip_allowlists!.home = ['2001:db8:99::/40'];
    },
    expect: [
      ['office', 'pass'],
      ['vpn', 'fail'],
      ['home', 'warn'],
    ],
  },
  {
    name: 'no ip_allowlists: nothing to judge',
    edit: (s) => {
      delete s.network!.ip_allowlists;
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [],
  },
  {
    name: 'no network section: nothing to judge',
    edit: (s) => {
      delete s.network;
      delete s.data_stores![0]!.access!.ip_allowlist;
    },
    expect: [],
  },
]);
