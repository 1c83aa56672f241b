export interface ManifestChunk {
  file: string
  css?: string[]
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}
export interface PageSize {
  page: string
  public: boolean
  js: number
  css: number
  over: boolean
}
export declare function measurePages(
  manifest: Record<string, ManifestChunk>,
  size: (file: string) => number,
  rules: { publicPages: string[]; languages: string[]; budget: { js: number; css: number } },
): PageSize[]
