import { h, type FunctionalComponent } from 'vue'

/**
 * The dkfds column most pages keep their text in (a row with one 9/12 column), or, when `on` is
 * false, nothing around the content: one template serves pages laid out either way.
 */
const PageColumn: FunctionalComponent<{ on: boolean }> = (props, { slots }) =>
  props.on ? h('div', { class: 'row' }, [h('div', { class: 'col-12 col-lg-9' }, slots.default?.())]) : slots.default?.()

PageColumn.props = { on: { type: Boolean, required: true } }

export default PageColumn
