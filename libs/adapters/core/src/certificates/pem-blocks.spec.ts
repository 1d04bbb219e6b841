import { pemBlocks } from './pem-blocks';

const block = (label: string, body = 'QUJD') =>
  `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;

describe('pemBlocks', () => {
  it('finds every block in order, with text around and between them ignored', () => {
    const text = `# bundle\n${block('CERTIFICATE')}\n\n${block('EC PRIVATE KEY')}\ntrailer ${block('CERTIFICATE', 'REVG')}`;
    expect(pemBlocks(text)).toEqual([
      { label: 'CERTIFICATE', text: block('CERTIFICATE') },
      { label: 'EC PRIVATE KEY', text: block('EC PRIVATE KEY') },
      { label: 'CERTIFICATE', text: block('CERTIFICATE', 'REVG') },
    ]);
  });

  it('ends a block only at the END line of its own label, and ignores a block left open', () => {
    const nested = `-----BEGIN CERTIFICATE-----\nQUJD\n-----END PRIVATE KEY-----\n-----END CERTIFICATE-----`;
    expect(pemBlocks(nested)).toEqual([{ label: 'CERTIFICATE', text: nested }]);
    expect(pemBlocks('-----BEGIN CERTIFICATE-----\nQUJD\n')).toEqual([]);
    expect(pemBlocks('-----BEGIN lower-----x-----END lower-----')).toEqual([]);
  });
});
