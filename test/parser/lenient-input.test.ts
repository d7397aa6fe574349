import { parseFiling } from '../../src/parser';

const doc = (body: string): string => `<?xml version="1.0"?>
<ownershipDocument><schemaVersion>X0508</schemaVersion><documentType>4</documentType>
<periodOfReport>2021-03-04</periodOfReport>
<issuer><issuerCik>1</issuerCik><issuerName>Acme Corp</issuerName><issuerTradingSymbol>ACME</issuerTradingSymbol></issuer>
<reportingOwner><reportingOwnerId><rptOwnerCik>2</rptOwnerCik><rptOwnerName>Roe Richard</rptOwnerName></reportingOwnerId>
<reportingOwnerRelationship><isOfficer>true</isOfficer><officerTitle>CFO</officerTitle></reportingOwnerRelationship></reportingOwner>
${body}
</ownershipDocument>`;

describe('input the parser accepts with a warning rather than refusing', () => {
  it('white space before the XML declaration', () => {
    const filing = parseFiling(`\n\n   ${doc('')}`);
    expect(filing.source?.format).toBe('edgar-xml');
    expect(filing.issuer).toEqual({ cik: '0000000001', name: 'Acme Corp', tradingSymbol: 'ACME' });
    expect(filing.warnings).toEqual([]);
  });

  it('a row with no security title keeps its amounts and says so', () => {
    const filing = parseFiling(
      doc(`<nonDerivativeTable><nonDerivativeTransaction>
        <transactionDate><value>2021-03-04</value></transactionDate>
        <transactionCoding><transactionCode>P</transactionCode></transactionCoding>
        <transactionAmounts><transactionShares><value>100</value></transactionShares>
          <transactionPricePerShare><value>10.50</value></transactionPricePerShare>
          <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>
        <postTransactionAmounts><sharesOwnedFollowingTransaction><value>1100</value></sharesOwnedFollowingTransaction></postTransactionAmounts>
        <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
      </nonDerivativeTransaction></nonDerivativeTable>
      <ownerSignature><signatureDate>2021-03-05</signatureDate></ownerSignature>`),
    );
    const row = filing.nonDerivativeTransactions[0]!;
    expect([row.securityTitle, row.shares, row.pricePerShare, row.sharesOwnedFollowingTransaction]).toEqual(['', 100, 10.5, 1100]);
    expect(filing.signatures).toEqual([{ name: '', date: '2021-03-05' }]);
    expect(filing.warnings).toEqual([
      { path: 'nonDerivativeTransactions[0].securityTitle', message: 'no security title given; read as ""' },
      { path: 'signatures[0].name', message: 'signature has no name; read as ""' },
    ]);
  });
});
