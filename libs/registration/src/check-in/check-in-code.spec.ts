import { checkInCodeFor, hashCheckInCode, normaliseCheckInCode } from './check-in-code';

describe('check-in codes', () => {
  const id = '6f1c2a52-5d0e-4d8e-9a57-1f0d3b1a9c11';

  it('gives the same code for the same registration and secret, and another for another', () => {
    const code = checkInCodeFor('secret-one', id);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(checkInCodeFor('secret-one', id)).toBe(code);
    expect(checkInCodeFor('secret-two', id)).not.toBe(code);
    expect(checkInCodeFor('secret-one', '0b7a5d1e-3c8f-4a2b-9e61-7d4c2b1a0f99')).not.toBe(code);
  });

  it('reads what a person or a scanner typed, whatever the case, spaces and hyphens', () => {
    const code = checkInCodeFor('secret-one', id);
    expect(normaliseCheckInCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
    expect(normaliseCheckInCode(code.replace('-', ''))).toBe(code);
    expect(hashCheckInCode(normaliseCheckInCode(code.toLowerCase()) as string)).toBe(hashCheckInCode(code));
  });

  it('refuses what cannot be a code', () => {
    expect(normaliseCheckInCode('')).toBeNull();
    expect(normaliseCheckInCode('ABCDE-FGHJ')).toBeNull();
    expect(normaliseCheckInCode('ABCDE-FGHJ1')).toBeNull();
    expect(normaliseCheckInCode('ABCDE-FGHJKL')).toBeNull();
  });
});
