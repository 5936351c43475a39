import fs from 'node:fs';
import path from 'node:path';

// nest-cli.json is read by `nest generate` (the build is scripts/build.mjs): it must name every
// app and lib, or a generated module lands outside the monorepo's layout.
const root = path.resolve(__dirname, '../../..');
const folders = (parent: string) => fs.readdirSync(path.join(root, parent)).filter((name) => fs.existsSync(path.join(root, parent, name, 'src')));

describe('nest-cli.json', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'nest-cli.json'), 'utf8')) as {
    projects: Record<string, { type: string; root: string; sourceRoot: string }>;
  };

  it('names every Nest app and every lib, each at its own folder', () => {
    const nestApps = folders('apps').filter((name) => name !== 'web');
    const expected = [...nestApps.map((name) => `apps/${name}`), ...folders('libs').map((name) => `libs/${name}`)].sort();
    const listed = Object.values(config.projects)
      .map((project) => project.root)
      .sort();
    expect(listed).toEqual(expected);
    for (const project of Object.values(config.projects)) expect(project.sourceRoot).toBe(`${project.root}/src`);
  });
});
