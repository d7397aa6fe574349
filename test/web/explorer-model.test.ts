import { monthsBetween } from '../../web/src/months';
import { holdingElements, viewElements } from '../../web/src/network/elements';
import { href, pageOf, parseRoute, type Route } from '../../web/src/routes';

/* The Explorer's pure parts, in Node; the pages themselves are tested in Chromium (test/e2e). */

describe('routes', () => {
  const id = 'Person:name:DILLON MATTHEW S@name:SONUS NETWORKS';
  it.each<Route>([
    { page: 'search', q: '' },
    { page: 'search', q: 'dillon & co / 10%' },
    { page: 'person', id },
    { page: 'issuer', id: 'Issuer:cik:0000320193' },
    { page: 'network', id },
  ])('reads back what it writes: %j', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it('falls back to the search page on anything unknown', () => {
    expect(parseRoute('#/nowhere/x')).toEqual({ page: 'search', q: '' });
    expect(parseRoute('')).toEqual({ page: 'search', q: '' });
    expect(parseRoute('#/person/')).toEqual({ page: 'search', q: '' });
  });

  it('opens a node on its own kind of page', () => {
    expect(pageOf('Issuer:cik:1')).toEqual({ page: 'issuer', id: 'Issuer:cik:1' });
    expect(pageOf(id)).toEqual({ page: 'person', id });
  });
});

describe('monthsBetween', () => {
  it('crosses year ends and includes both ends', () => {
    expect(monthsBetween('2011-11', '2012-02')).toEqual(['2011-11', '2011-12', '2012-01', '2012-02']);
    expect(monthsBetween('2014-06', '2014-06')).toEqual(['2014-06']);
  });
});

describe('network elements', () => {
  it('draws roles person -> issuer, labelled with the title or else the role', () => {
    const els = viewElements({
      nodes: [
        { id: 'P', kind: 'PERSON', label: 'Dillon', hops: 0 },
        { id: 'I', kind: 'ISSUER', label: 'SONUS', hops: 1 },
      ],
      edges: [
        { id: 'e1', source: 'P', target: 'I', role: 'OFFICER', title: 'SVP', since: null, until: null },
        { id: 'e2', source: 'P', target: 'I', role: 'TEN_PERCENT_OWNER', title: null, since: null, until: null },
      ],
    });
    expect(els.map((e) => [e.group, e.data.id, e.data.label])).toEqual([
      ['nodes', 'P', 'Dillon'],
      ['nodes', 'I', 'SONUS'],
      ['edges', 'e1', 'SVP'],
      ['edges', 'e2', '10% owner'],
    ]);
  });

  it('draws one holding edge per issuer, with the balance when there is one line', () => {
    const issuer = { id: 'I', name: 'SONUS', ticker: 'SONS', cik: null };
    const line = { securityTitle: 'Common Stock', ownership: 'DIRECT' as const, natureOfOwnership: null, shares: 180706, asOf: '2013-03-11', issuer };
    expect(holdingElements('P', [line]).map((e) => e.data.label)).toEqual(['SONUS', 'holds 180,706 Common Stock']);
    expect(holdingElements('P', [line, { ...line, ownership: 'INDIRECT', natureOfOwnership: 'By trust' }]).map((e) => e.data.label)).toEqual(['SONUS', 'holds 2 security lines']);
  });
});
