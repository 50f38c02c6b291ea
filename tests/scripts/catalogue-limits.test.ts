/** The catalogue sizes the build supports, per prerender scope, and its refusal beyond them. */
import { describe, expect, it } from 'vitest';
import { MAX_MODELS, maxModels, sizeProblem } from '../../scripts/builder/catalogue-limits.ts';

describe('catalogue size limits', () => {
  it('allow a catalogue up to the limit of its scope and refuse one model more, naming both and the README section', () => {
    for (const scope of ['core', 'all'] as const) {
      const limit = MAX_MODELS[scope];
      expect(sizeProblem(limit, scope, {})).toBeUndefined();
      const problem = sizeProblem(limit + 1, scope, {});
      expect(problem).toContain(`the catalogue has ${(limit + 1).toLocaleString('en-US')} models`);
      expect(problem).toContain(`supports at most ${limit.toLocaleString('en-US')}`);
      expect(problem).toContain('README.md, "Catalogue size limits"');
    }
    expect(sizeProblem(MAX_MODELS.all + 1, 'all', {})).toContain('PRERENDER=all');
    // Every pair prerendered costs more than the chosen set.
    expect(MAX_MODELS.all).toBeLessThan(MAX_MODELS.core);
  });

  it('are lowered, never raised, by the test-only override', () => {
    expect(maxModels('core', { BUILD_TEST_MAX_MODELS: '2' })).toBe(2);
    expect(maxModels('all', { BUILD_TEST_MAX_MODELS: String(MAX_MODELS.all + 100) })).toBe(
      MAX_MODELS.all,
    );
    expect(maxModels('core', { BUILD_TEST_MAX_MODELS: 'lots' })).toBe(MAX_MODELS.core);
    expect(sizeProblem(3, 'core', { BUILD_TEST_MAX_MODELS: '2' })).toMatch(
      /^the catalogue has 3 models; a build prerendering the chosen pairs supports at most 2 /,
    );
  });
});
