import { keyedHash, newApiTokenSecret, randomCode, randomSecret, sameHash } from './secrets';

describe('secret hashing', () => {
  const key = 'a-test-key-that-is-long-enough-for-hmac';

  it('hashes the same value with the same key and purpose to the same hash', () => {
    expect(keyedHash(key, 'code', '123456')).toBe(keyedHash(key, 'code', '123456'));
  });

  it('never stores the value itself', () => {
    expect(keyedHash(key, 'code', '123456')).not.toContain('123456');
  });

  it('gives a different hash for another key, so a leaked table is useless without the secret', () => {
    expect(keyedHash(key, 'code', '123456')).not.toBe(keyedHash(`${key}-other`, 'code', '123456'));
  });

  it('gives a different hash for another purpose, so a session hash cannot pass as a token hash', () => {
    expect(keyedHash(key, 'session', 'abc')).not.toBe(keyedHash(key, 'api-token', 'abc'));
  });

  it('compares equal hashes as equal and different or differently sized ones as different', () => {
    const hash = keyedHash(key, 'code', '000001');
    expect(sameHash(hash, keyedHash(key, 'code', '000001'))).toBe(true);
    expect(sameHash(hash, keyedHash(key, 'code', '000002'))).toBe(false);
    expect(sameHash(hash, hash.slice(1))).toBe(false);
  });

  it('draws 6-digit codes, keeping leading zeros', () => {
    const codes = Array.from({ length: 500 }, () => randomCode());
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(450);
  });

  it('makes URL-safe random secrets and API tokens with the cvn_ prefix', () => {
    expect(randomSecret()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomSecret()).not.toBe(randomSecret());
    expect(newApiTokenSecret()).toMatch(/^cvn_[A-Za-z0-9_-]{43}$/);
  });
});
