// Vitest's setup (vite.config.ts): unit tests mount components at once, so both languages' texts,
// the staff's too, are there from the start, as if already loaded.
import { provideTexts } from '.'
import da from './da'
import en from './en'
import staffDa from './staff/da'
import staffEn from './staff/en'

provideTexts('da', da, staffDa)
provideTexts('en', en, staffEn)
