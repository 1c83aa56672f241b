// ESLint flat config: JavaScript, TypeScript and Vue recommended rules, accessibility of the
// templates, and the architecture rule (eslint-plugin-boundaries) that keeps features apart.
import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import pluginVue from 'eslint-plugin-vue'
import vueA11y from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { defineConfig } from 'eslint/config'

const VUE_FILES = ['**/*.vue']
const SRC_FILES = ['src/**/*.{ts,vue}']
/** Node-side files: build and tool configuration, scripts and the browser tests. */
const NODE_FILES = ['*.{js,mjs,ts}', 'scripts/**/*.{js,mjs}', 'e2e/**/*.ts']

/**
 * The architecture (src/):
 * - shared: src/shared, src/api, src/i18n (and the stylesheet): what every feature may use. It
 *   imports only shared code.
 * - feature: src/features/<domain>/<feature>/. It imports shared code and itself, never another
 *   feature. Its unit tests may also mount its pages in the app's router (src/app/router.ts).
 * - app: src/app, the shell (router, layout, header, admin area) and the pages that show several
 *   features at once. It may import anything.
 * A file in src/ outside these places is an error (boundaries/no-unknown-files), so a new
 * folder cannot slip past the rule.
 */
const SHARED = { element: { type: 'shared' } }
const boundaryRules = {
  files: SRC_FILES,
  plugins: { boundaries },
  settings: {
    'import/resolver': {
      typescript: { project: './tsconfig.app.json', alwaysTryTypes: true },
    },
    'boundaries/include': ['src/**/*'],
    'boundaries/elements': [
      { type: 'shared', pattern: ['src/shared', 'src/api', 'src/i18n', 'src/styles'], partialMatch: false },
      { type: 'feature', pattern: 'src/features/*/*', capture: ['domain', 'feature'], partialMatch: false },
      { type: 'app', pattern: 'src/app', partialMatch: false },
    ],
    'boundaries/files': [{ category: 'test', pattern: '**/*.spec.ts' }],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        checkUnknownLocals: true,
        message:
          'Import not allowed ({{from.element.type}} -> {{to.element.type}}): a feature imports only shared code and ' +
          'itself, shared code only shared code; a page that shows several features is composed in src/app.',
        policies: [
          { from: SHARED, allow: { to: SHARED } },
          {
            from: { element: { type: 'feature' } },
            allow: [
              { to: SHARED },
              {
                to: {
                  element: {
                    type: 'feature',
                    captured: { domain: '{{from.element.captured.domain}}', feature: '{{from.element.captured.feature}}' },
                  },
                },
              },
            ],
          },
          // A feature's unit tests may mount its pages in the app's router (the routes its links need).
          { from: { element: { type: 'feature' }, file: { categories: 'test' } }, allow: { to: { element: { type: 'app' } } } },
          { from: { element: { type: 'app' } }, allow: { to: { element: { types: ['shared', 'feature', 'app'] } } } },
        ],
      },
    ],
    'boundaries/no-unknown-files': 'error',
    'boundaries/no-unknown-dependencies': 'error',
  },
}

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'playwright-report/**', 'test-results/**', 'src/api/schema.d.ts'] },

  js.configs.recommended,
  tseslint.configs.recommended,
  // Vue's rules for the app's own code (src/); e2e and config files get the JavaScript and TypeScript rules only.
  pluginVue.configs['flat/recommended'].map((config) => ({ ...config, files: config.files ?? SRC_FILES })),
  vueA11y.configs['flat/recommended'].map((config) => ({ ...config, files: VUE_FILES })),
  {
    files: VUE_FILES,
    rules: {
      // A label is tied to its control either by for="id" or by holding it; the default asks for
      // both at once, which no form here does and which WCAG does not ask for.
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
    },
  },
  {
    // The templates are laid out by line width (Prettier's style: wrapped attributes, `<input />`,
    // closing brackets moved to keep whitespace out of the text). These layout rules would re-wrap
    // them, and moving content onto lines of its own changes the text the pages render.
    files: VUE_FILES,
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/html-indent': 'off',
      'vue/html-self-closing': ['warn', { html: { void: 'always', normal: 'any', component: 'always' } }],
    },
  },
  {
    // Unit tests mount small host components of their own, next to each other.
    files: ['src/**/*.spec.ts'],
    rules: { 'vue/one-component-per-file': 'off' },
  },
  {
    // <script setup lang="ts"> in .vue files is TypeScript.
    files: VUE_FILES,
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    files: SRC_FILES,
    languageOptions: { globals: globals.browser },
  },
  {
    files: NODE_FILES,
    languageOptions: { globals: globals.node },
  },
  {
    // Unused variables and imports are errors; a leading underscore marks one that is unused on purpose.
    rules: {
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  boundaryRules,
)
