// CPU a registration body costs through the app's validation pipe against the check compiled from
// CreateRegistrationDto's decorators (apps/api http/body-check.ts), in one process, interleaved in
// rounds: the ratio says what the check saves; the microseconds move with the machine's load.
// Not a row of `npm run bench`.
//   npm run bench:body-check [-- --bodies 20000 --rounds 5]
import 'reflect-metadata';
import { CreateRegistrationDto } from '@convene/registration';
import { compileBodyCheck } from '../apps/api/src/http/body-check';
import { createValidationPipe } from '../apps/api/src/http/validation.pipe';
import { flag } from './bench-row';

const bodies = flag('bodies', 20000);
const rounds = flag('rounds', 5);

const pipe = createValidationPipe();
const metadata = { type: 'body' as const, metatype: CreateRegistrationDto, data: undefined };
const compiled = compileBodyCheck(CreateRegistrationDto);
if (!('check' in compiled)) throw new Error(`The check did not compile: ${compiled.refused}`);
const { check } = compiled;

/** Bodies as people send them (the burst's, and fuller ones), parsed afresh as express.json hands them on. */
const shapes = [
  (index: number) => ({ name: `Delegate ${index}`, email: `burst-${index}@example.org`, category: 'delegate' }),
  (index: number) => ({
    name: ` Delegate ${index} `,
    email: `Delegate.${index}@Example.org`,
    organisationName: 'Oldham Council',
    jobTitle: 'Democratic Services Officer',
    dietaryNeeds: 'Vegetarian\nNo nuts',
    accessNeeds: null,
    showOnAttendeeList: true,
    language: 'cy',
    workshopIds: ['0b5c3f8e-2d4a-4c1b-9e7f-3a6d5c4b2a10'],
  }),
];
const json = Array.from({ length: bodies }, (_, index) => JSON.stringify(shapes[index % shapes.length](index)));

/** Microseconds of this process's CPU a body. */
async function perBody(through: (body: unknown) => unknown): Promise<number> {
  const before = process.cpuUsage();
  for (const text of json) {
    const accepted = await through(JSON.parse(text));
    if (!(accepted instanceof CreateRegistrationDto)) throw new Error(`Not accepted: ${text}`);
  }
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / bodies;
}

async function main(): Promise<void> {
  const viaPipe = (body: unknown) => pipe.transform(body, metadata);
  const viaCheck = (body: unknown) => check(body);
  // Warm both (JIT, class-validator's metadata cache) before measuring; JSON.parse is in both figures.
  await perBody(viaPipe);
  await perBody(viaCheck);
  const ratios: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Each goes first in every other round.
    let pipeUs: number, checkUs: number;
    if (round % 2) {
      pipeUs = await perBody(viaPipe);
      checkUs = await perBody(viaCheck);
    } else {
      checkUs = await perBody(viaCheck);
      pipeUs = await perBody(viaPipe);
    }
    ratios.push(pipeUs / checkUs);
    console.log(`round ${round}: pipe ${pipeUs.toFixed(1)} µs a body, check ${checkUs.toFixed(1)} µs, pipe ÷ check ${(pipeUs / checkUs).toFixed(2)}`);
  }
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(`pipe ÷ check, median of ${rounds} rounds over ${bodies} bodies each: ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}`);
}

void main();
