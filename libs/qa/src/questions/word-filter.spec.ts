import { needsModeration } from './word-filter';

describe('the word filter', () => {
  it('catches a listed word in any case and its longer forms', () => {
    expect(needsModeration('What the SHIT is going on with bins?')).toBe(true);
    expect(needsModeration('Such a bastardised scheme')).toBe(true);
    expect(needsModeration('shit')).toBe(true);
  });

  it('leaves ordinary questions and places that contain a listed word alone', () => {
    expect(needsModeration('How will Scunthorpe fund adult social care?')).toBe(false);
    expect(needsModeration('Can the cabinet member say more about co-production?')).toBe(false);
  });
});
