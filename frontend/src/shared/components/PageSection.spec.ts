import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import PageSection from './PageSection.vue'

describe('PageSection', () => {
  it('is a section named by its h2, with space above', () => {
    const wrapper = mount(PageSection, {
      props: { headingId: 'facts-heading', heading: 'Fakta' },
      attrs: { 'data-testid': 'facts' },
      slots: { default: () => h('p', 'Indhold') },
    })
    const section = wrapper.get('section')
    expect(section.classes()).toEqual(['mt-8'])
    expect(section.attributes('aria-labelledby')).toBe('facts-heading')
    expect(section.attributes('data-testid')).toBe('facts')
    const heading = section.get('h2')
    expect(heading.attributes('id')).toBe('facts-heading')
    expect(heading.attributes('class')).toBeUndefined()
    expect(heading.text()).toBe('Fakta')
    expect(section.get('p').text()).toBe('Indhold')
  })

  it('can be a group with an h3, its own classes and a heading of its own', () => {
    const wrapper = mount(PageSection, {
      props: { headingId: 'region-84', level: 3, headingClass: 'h4', sectionClass: 'samspil-region-group' },
      slots: { heading: () => ['Hovedstaden ', h('span', '(3)')] },
    })
    expect(wrapper.get('section').classes()).toEqual(['samspil-region-group'])
    expect(wrapper.find('h2').exists()).toBe(false)
    const heading = wrapper.get('h3')
    expect(heading.attributes('id')).toBe('region-84')
    expect(heading.classes()).toEqual(['h4'])
    expect(heading.text()).toBe('Hovedstaden (3)')
  })
})
