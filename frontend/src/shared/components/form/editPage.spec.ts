import { describe, expect, it } from 'vitest'
import { editKeys, keysIn } from './editPage'

describe('keysIn', () => {
  it('names keys in a namespace of their own by their own names', () => {
    expect(keysIn('signup.edit', 'heading', 'title')).toEqual({ heading: 'signup.edit.heading', title: 'signup.edit.title' })
  })

  it('lets a page word its edit page from such a namespace', () => {
    const keys = editKeys('activities.edit', { ...keysIn('activities.edit', 'heading', 'lead'), save: 'activities.form.save' })
    expect(keys.heading).toBe('activities.edit.heading')
    expect(keys.lead).toBe('activities.edit.lead')
    expect(keys.save).toBe('activities.form.save')
    expect(keys.title).toBe('activities.edit.editTitle')
  })
})
