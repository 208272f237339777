import { createDeeplBackend } from './deepl.js';
import { createLibreTranslateBackend } from './libretranslate.js';
import { createOpenAiBackend } from './openai.js';
import { registerBackend } from './registry.js';

/** Registers the back-ends that ship with duizhao: openai, deepl, libretranslate. */
export function registerBuiltinBackends(): void {
  registerBackend('openai', createOpenAiBackend);
  registerBackend('deepl', createDeeplBackend);
  registerBackend('libretranslate', createLibreTranslateBackend);
}
