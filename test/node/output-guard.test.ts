import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isWithin, outputPathProblem } from '../../site/output-guard.js';

const places = { content: '/srv/site/content', cwd: '/srv/site', home: '/home/web' };
const problem = (out: string, overrides: Partial<typeof places> = {}) => outputPathProblem({ ...places, ...overrides, out }, 'en');

describe('where renda build may write (outputPathProblem)', () => {
  const refused: [string, string, RegExp][] = [
    ['the content folder itself', '/srv/site/content', /is the content folder/],
    ['a folder inside the content', '/srv/site/content/_site', /inside the content folder/],
    ['deep inside the content', '/srv/site/content/towns/hexi/out', /inside the content folder/],
    ['the project folder', '/srv/site', /holds the content folder|is the project folder/],
    ['a folder above the project', '/srv', /holds the content folder|holds the project folder/],
    ['the root', '/', /root of the file system/],
    ['the home folder', '/home/web', /is your home folder/],
    ['a folder above home', '/home', /holds your home folder/],
  ];
  for (const [name, out, reason] of refused)
    it(`refuses ${name} (${out})`, () => {
      const message = problem(out);
      assert.ok(message, `${out} was allowed`);
      assert.match(message, reason);
      assert.ok(message.includes(out), 'the message names the folder');
    });

  it('refuses the project folder even when the content lies elsewhere', () => {
    assert.match(problem('/srv/site', { content: '/data/content' })!, /is the project folder/);
    assert.match(problem('/srv', { content: '/data/content' })!, /holds the project folder/);
  });

  it('allows the usual places: _site in the project, a sibling of the content, a folder in home, a web root', () => {
    assert.equal(problem('/srv/site/_site'), undefined);
    assert.equal(problem('/srv/site/public/renda'), undefined);
    assert.equal(problem('/home/web/sites/renda'), undefined);
    assert.equal(problem('/var/www/renda'), undefined);
  });

  it('compares whole path segments, not prefixes', () => {
    assert.equal(problem('/srv/site/content-out'), undefined, 'content-out is not inside content');
    assert.equal(problem('/srv/site/contented'), undefined);
    assert.equal(problem('/home/webmaster'), undefined, '/home/webmaster does not hold /home/web');
    assert.equal(isWithin('/a/bc', '/a/b'), false);
    assert.equal(isWithin('/a/b/c', '/a/b'), true);
    assert.equal(isWithin('/a/b', '/a/b'), true);
    assert.equal(isWithin('/a/..b', '/a'), true, 'a name that starts with two dots is still inside');
  });
});
