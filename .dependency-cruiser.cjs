/**
 * The layer rule of src/README.md, enforced in `npm test`. Rules are by folder, so a new module
 * is covered by where it sits. Tests (*.test.ts) may import across layers; shipped code may not.
 *
 *   cli, review → app → config → stages → stores, backends → text → model, errors.ts
 */
const TEST = '\\.test\\.ts$';
const layer = (name, from, forbidden, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, pathNot: TEST },
  to: { path: forbidden },
});

module.exports = {
  forbidden: [
    layer('cli-through-app', '^src/cli/', '^src/(stages|stores|backends|config|text)/', 'Commands are thin: parse options, call app/, print. Reach stages, stores and back-ends through app/.'),
    layer('review-through-app', '^src/review/', '^src/(cli|stages|stores|backends|config|text)/', 'The review server and page use app/ like the CLI does.'),
    layer('app-below-front-ends', '^src/app/', '^src/(cli|review)/', 'Use cases know nothing of the CLI or the review server.'),
    layer('config-below-app', '^src/config/', '^src/(cli|review|app|backends)/', 'The config loader reads duizhao.yaml for app/; it may know stage and store vocabulary, nothing above.'),
    layer('stages-below-app', '^src/stages/', '^src/(cli|review|app|config|backends)/', 'Stages are pure steps of the pipeline: no use cases, no configuration loading, no network.'),
    layer('stores-below-stages', '^src/stores/', '^src/(cli|review|app|config|stages|backends)/', 'Stores read and write files; they use text/ and model/, never a stage.'),
    layer('backends-below-app', '^src/backends/', '^src/(cli|review|app|config|stages|stores)/', 'Back-ends translate text; verification and storage happen in app/.'),
    layer('text-is-a-leaf', '^src/text/', '^src/(cli|review|app|config|stages|stores|backends|model)/', 'Script, width and folding: used by every layer, imports none.'),
    layer('model-is-a-leaf', '^src/model/', '^src/(cli|review|app|config|stages|stores|backends|text)/', 'The data shapes import nothing else from the project.'),
    layer('errors-is-a-leaf', '^src/errors\\.ts$', '^src/(?!errors\\.ts$)', 'AppError and the exit codes import nothing from the project.'),
    {
      name: 'no-test-code-shipped',
      comment: 'vitest, fast-check and test/ helpers are for tests only: shipped src/ must not import them.',
      severity: 'error',
      from: { path: '^src/', pathNot: [TEST, '^src/(stages|stores)/.*fixtures/'] },
      to: { path: ['^test/', TEST, 'node_modules/(vitest|@vitest|fast-check)/', '/fixtures/'] },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one: merge them or move the shared part down. A cycle closed only by type imports (erased at run time) is allowed.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
