import { useI18n } from 'vue-i18n'
import { parseEventType, summarizeEventTypes } from './webhookEvents'

/** Event types in the UI's words: a subscription's as lines ("Biblioteker: oprettet, slettet"), a delivery's as one. */
export function useEventTypeText() {
  const { t } = useI18n()
  const actionWord = (action: string) => t(`webhooks.actions.${action}`).toLocaleLowerCase()

  /** One line per type; "Alle hændelser" alone when it takes every event. */
  function subscriptionLines(eventTypes: readonly string[]): string[] {
    const { all, groups, other } = summarizeEventTypes(eventTypes)
    if (all) return [t('webhooks.summary.all')]
    return [
      ...groups.map((g) =>
        g.actions.length === 3
          ? t('webhooks.summary.everyChange', { type: t(`webhooks.types.${g.type}`) })
          : t('webhooks.summary.some', { type: t(`webhooks.types.${g.type}`), actions: g.actions.map(actionWord).join(', ') }),
      ),
      ...other,
    ]
  }

  function deliveryType(eventType: string): string {
    const parsed = parseEventType(eventType)
    if (parsed.kind === 'ping') return t('webhooks.summary.ping')
    if (parsed.kind === 'change') return t('webhooks.summary.some', { type: t(`webhooks.types.${parsed.type}`), actions: actionWord(parsed.action) })
    return eventType
  }

  return { subscriptionLines, deliveryType }
}
