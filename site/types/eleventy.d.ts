// The parts of Eleventy's untyped JavaScript API that renda-kit calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string; config?: (eleventyConfig: any) => void | Promise<void> });
    write(): Promise<unknown>;
  }
}

declare module '@11ty/eleventy-dev-server' {
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: Record<string, unknown>): EleventyDevServer;
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
    close(): Promise<void>;
  }
}
