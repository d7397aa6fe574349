import { normaliseIssuerName, normalisePersonName } from '../../src/ingest/names';

describe('person names normalise for matching', () => {
  it.each([
    ['Dillon Matthew S.', 'DILLON MATTHEW S'],
    ['Matthew S. Dillon', 'DILLON MATTHEW S'],
    ['DILLON, MATTHEW S', 'DILLON MATTHEW S'],
    ['  dillon   matthew  s ', 'DILLON MATTHEW S'],
    ['Eschenbach Carl M. Jr.', 'CARL ESCHENBACH M'],
    ['Müller-Lüdenscheidt Hans', 'HANS MULLERLUDENSCHEIDT'],
  ])('%s -> %s', (name, key) => {
    expect(normalisePersonName(name)).toBe(key);
  });

  it('keeps a spelled-out middle name apart from an initial (too many namesakes to guess)', () => {
    expect(normalisePersonName('Dillon Matthew Scott')).not.toBe(normalisePersonName('Dillon Matthew S.'));
  });
});

describe('issuer names normalise for matching', () => {
  it.each([
    ['SONUS NETWORKS INC', 'SONUS NETWORKS'],
    ['Sonus Networks, Inc.', 'SONUS NETWORKS'],
    ['APPLE INC /CA/', 'APPLE'],
    ['The Coca-Cola Company', 'COCACOLA'],
  ])('%s -> %s', (name, key) => {
    expect(normaliseIssuerName(name)).toBe(key);
  });
});
