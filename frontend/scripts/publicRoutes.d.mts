export declare const PUBLIC_PAGES: string[]
export declare function detailPages(getJson: (path: string) => Promise<unknown>): Promise<string[]>
