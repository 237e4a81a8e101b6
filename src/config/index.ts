export * from './types.js';
export { CONFIG_FILE_NAMES, PACKAGE_JSON_KEY, discoverConfig } from './discover.js';
export { closest, defaultConfig, loadConfig, loadConfigFor } from './load.js';
export { PERCENT_OR_RATIO_REASON, parsePercentOrRatio, ratioFrom } from './percent.js';
export { configRelativePath, defaultRuleSettings, isIgnored, resolveFileSettings, resolveThresholds, runRuleSettings } from './resolve.js';
