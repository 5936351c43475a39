import { IsInt, IsString, MaxLength, getMetadataStorage, validate } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Named {
  @IsString()
  @MaxLength(5)
  name!: string;
}

class Counted extends Named {
  @IsInt()
  count!: number;
}

describe('validation rules looked up once per class', () => {
  beforeAll(() => cacheValidationMetadata());

  it('validates a class with its own and its inherited rules, every time', async () => {
    for (let round = 0; round < 2; round += 1) {
      const errors = await validate(Object.assign(new Counted(), { name: 'too long a name', count: 'many' }));
      expect(errors.map((error) => error.property).sort()).toEqual(['count', 'name']);
      await expect(validate(Object.assign(new Counted(), { name: 'Ann', count: 2 }))).resolves.toEqual([]);
    }
  });

  it('keeps apart the answers for other options', () => {
    const storage = getMetadataStorage();
    const all = storage.getTargetValidationMetadatas(Counted, '', true, false);
    const inGroup = storage.getTargetValidationMetadatas(Counted, '', false, false, ['admin']);
    expect(all.length).toBeGreaterThan(0);
    expect(inGroup).toEqual([]);
  });

  it('answers the same lookup with the same rules without scanning again', () => {
    const storage = getMetadataStorage();
    expect(storage.getTargetValidationMetadatas(Named, '', false, false)).toBe(storage.getTargetValidationMetadatas(Named, '', false, false));
  });
});
