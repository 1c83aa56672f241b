import { describe, expect, it } from 'vitest'
import { fileSizeLabel, fileTypeLabel } from './files'

describe('fileSizeLabel', () => {
  it('uses decimal units with one decimal below 100', () => {
    expect(fileSizeLabel(774, 'da')).toBe('774 B')
    expect(fileSizeLabel(1_250, 'da')).toBe('1,3 kB')
    expect(fileSizeLabel(1_250, 'en')).toBe('1.3 kB')
    expect(fileSizeLabel(250_000, 'da')).toBe('250 kB')
    expect(fileSizeLabel(12_400_000, 'da')).toBe('12,4 MB')
  })
})

describe('fileTypeLabel', () => {
  it('names known types and falls back to the extension', () => {
    expect(fileTypeLabel('application/pdf', 'a.pdf')).toBe('PDF')
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx')).toBe('Word')
    expect(fileTypeLabel('application/octet-stream', 'film.mp4')).toBe('MP4')
    expect(fileTypeLabel('text/weird', 'noext')).toBe('text/weird')
  })
})
