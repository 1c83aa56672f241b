import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SnippetText from './SnippetText.vue'

describe('SnippetText', () => {
  it('marks the parts that matched and keeps the rest as plain text', () => {
    const wrapper = mount(SnippetText, {
      props: {
        parts: [
          { text: '… fortællinger med ', highlight: false },
          { text: 'sanserne', highlight: true },
          { text: ' i centrum', highlight: false },
        ],
      },
    })
    expect(wrapper.text()).toBe('… fortællinger med sanserne i centrum')
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['sanserne'])
  })

  it('shows markup in the text as text, never as markup', () => {
    const wrapper = mount(SnippetText, {
      props: {
        parts: [
          { text: '<script>alert(1)</script> og ', highlight: false },
          { text: '<b onclick="x()">fed</b>', highlight: true },
        ],
      },
    })
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toBe('<script>alert(1)</script> og <b onclick="x()">fed</b>')
    expect(wrapper.get('mark').text()).toBe('<b onclick="x()">fed</b>')
    expect(wrapper.html()).toContain('&lt;script&gt;')
  })
})
