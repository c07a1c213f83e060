// Settings: one loader for the CLI and the editor. Pure TypeScript (runs in VS Code for the Web).
export * from './settings.js';
export * from './loader.js';
export { settingsSchema, renderSettingsSchema } from './schema.js';
export { didYouMean, editDistance } from '../engine/suggest.js';
