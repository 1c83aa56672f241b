/**
 * The parts of "Byg partnerskaber", in the order the section shows them: its sub-navigation, its
 * front page (/byg-partnerskaber) and the main menu's highlight all read this list. A part shows only
 * when its route exists.
 */
export const PARTNERSHIP_TOOLS = [
  { route: 'toolbox', labelKey: 'toolbox.menu', introKey: 'toolbox.intro', section: ['toolbox', 'toolbox-item'] },
  { route: 'guide', labelKey: 'guide.menu', introKey: 'guide.intro', section: ['guide', 'guide-chapter'] },
  { route: 'cases', labelKey: 'cases.menu', introKey: 'cases.intro', section: ['cases', 'case'] },
  {
    route: 'partnerships',
    labelKey: 'toolbox.nav.partnerships',
    introKey: 'partnerships.intro',
    section: ['partnerships', 'partnership', 'partnership-create', 'partnership-edit', 'partnership-workbench', 'partnership-plan'],
  },
  { route: 'partners', labelKey: 'partners.menu', introKey: 'partners.intro', section: ['partners', 'partner'] },
  { route: 'projects', labelKey: 'projects.menu', introKey: 'projects.intro', section: ['projects', 'project'] },
] as const

/** The section's own front page. */
export const PARTNERSHIP_TOOLS_HOME = 'build-partnerships'

/** Every route of the section: its front page first, then its parts' pages. */
export const PARTNERSHIP_TOOLS_SECTION: readonly string[] = [PARTNERSHIP_TOOLS_HOME, ...PARTNERSHIP_TOOLS.flatMap((part) => part.section)]
