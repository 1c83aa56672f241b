// Build steps of Samspil's own that vite.config.ts uses: what the first page loads is kept small.
import { fileURLToPath } from 'node:url'
import purgeCss from '@fullhuman/postcss-purgecss'
import { baseCompile } from '@intlify/message-compiler'
import type { AcceptedPlugin, PluginCreator } from 'postcss'
import type { Plugin } from 'vite'

/**
 * Leaves out dkfds's @font-face rules (every weight and italic, as eot, woff, woff2 and ttf):
 * src/styles/fonts.css declares the faces Samspil uses, as woff2 only.
 */
const dropDkfdsFontFaces: PluginCreator<void> = () => ({
  postcssPlugin: 'samspil-drop-dkfds-font-faces',
  // Once, not a visitor: it must run before Vite rewrites (and so emits) the files the rules name.
  Once(root) {
    if (!root.source?.input.file?.includes('/node_modules/dkfds/')) return
    root.walkAtRules('font-face', (rule) => {
      if (/url\(/.test(rule.toString())) rule.remove()
    })
  },
})
dropDkfdsFontFaces.postcss = true

/**
 * HTML that the API renders from Markdown (themes, projects, good examples, meetings) appears in no
 * template, so the elements it may hold are kept whatever the templates use.
 */
const PROSE_ELEMENTS = ['p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'h2', 'h3', 'h4', 'blockquote', 'code', 'pre', 'hr', 'br']

/**
 * The styles the build keeps: dkfds is a whole design system (with 157 icons inlined as data URIs),
 * of which the SPA uses a part. Every class, id and element that no template, script or index.html
 * names is left out. Classes are only ever written whole in the sources (never built from pieces),
 * which is what makes this safe.
 */
export function cssPlugins(build: boolean): AcceptedPlugin[] {
  const plugins: AcceptedPlugin[] = [dropDkfdsFontFaces()]
  if (build) {
    plugins.push(
      purgeCss({
        content: ['index.html', 'src/**/*.vue', 'src/**/*.ts'].map((glob) => fileURLToPath(new URL(glob, import.meta.url))),
        safelist: { standard: PROSE_ELEMENTS },
        keyframes: true,
        variables: true,
      }),
    )
  }
  return plugins
}

/** The faces of the first paint: body text (400), headings (600) and the page's h1 and bold text (700). */
const PRELOADED_FONTS = /IBMPlexSans-(Regular|SemiBold|Bold)-Latin1-[\w-]+\.woff2$/

/**
 * Preloads the fonts every page shows at once, so that they are there before the page's text is (it
 * comes after the scripts): no text changes font, and so wraps differently, after it appears.
 */
export function preloadFonts(): Plugin {
  return {
    name: 'samspil-preload-fonts',
    apply: 'build',
    transformIndexHtml(_html, context) {
      const files = Object.keys(context.bundle ?? {}).filter((file) => PRELOADED_FONTS.test(file))
      return files.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
        injectTo: 'head',
      }))
    },
  }
}

/** The modules that hold texts: src/i18n/da.ts, en.ts and the staff's staff/da.ts, staff/en.ts. */
const TEXT_MODULES = /\/src\/i18n\/(staff\/)?(da|en)\.ts$/

/** The texts of a module, as the JavaScript of a module that exports them precompiled. */
export function precompiledTexts(messages: unknown, path = ''): string {
  if (typeof messages === 'string') {
    const { ast, code } = baseCompile(messages, {
      mode: 'arrow',
      location: false,
      onError: (error) => {
        throw new Error(`The text ${path} is not valid vue-i18n syntax: ${error.message}`)
      },
    })
    const body = ast.body as { type: number; items?: { type: number }[] }
    // Plain text (type 2, text items only, type 3) stays a string: the runtime hands it back as it is.
    const plain = body.type === 2 && (body.items ?? []).every((item) => item.type === 3)
    return plain ? JSON.stringify(messages) : code
  }
  if (messages !== null && typeof messages === 'object' && !Array.isArray(messages)) {
    const entries = Object.entries(messages).map(
      ([key, value]) => `${JSON.stringify(key)}: ${precompiledTexts(value, path ? `${path}.${key}` : key)}`,
    )
    return `{${entries.join(', ')}}`
  }
  throw new Error(`The text ${path} is neither a string nor a group of texts`)
}

/**
 * vue-i18n turns a text with placeholders ("Uge {week}") into a function the first time it is shown,
 * with a compiler that would be a fifth of the JavaScript every page loads first. The build does it
 * instead: each text module is exported with those texts as functions (the code vue-i18n's own
 * compiler writes), and vite.config.ts leaves the compiler out of the bundle. i18n/index.ts hands
 * plain texts back as they are. In development and tests the texts stay as written.
 */
export function precompileTexts(): Plugin {
  return {
    name: 'samspil-precompile-texts',
    apply: 'build',
    // After TypeScript is stripped: the module is `export default { ... }` with nothing imported.
    enforce: 'post',
    async transform(code, id) {
      if (!TEXT_MODULES.test(id)) return null
      const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
      return { code: `export default ${precompiledTexts(module.default)}\n`, map: null }
    },
  }
}
