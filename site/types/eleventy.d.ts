// The parts of Eleventy's untyped JavaScript API that renda-kit calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string; config?: (eleventyConfig: any) => void | Promise<void> });
    write(): Promise<unknown>;
  }
}
