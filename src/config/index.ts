export * from './types.js';
export { CONFIG_FILE_NAMES, IGNORE_FILE_NAME, PACKAGE_JSON_KEY, configFileIn, discoverConfig } from './discover.js';
export { closest, emptyLayer, loadConfigLayer, TOP_LEVEL_KEYS } from './load.js';
export { PERCENT_OR_RATIO_REASON, parsePercentOrRatio, ratioFrom } from './percent.js';
export { isKeywordRule, isPresetName, PRESET_DESCRIPTIONS, PRESET_NAMES, presetLayer } from './presets.js';
export {
  applyLayer,
  clearConfigCache,
  ConfigResolver,
  configRelativePath,
  configResolver,
  defaultConfig,
  defaultRuleSettings,
  isIgnored,
  loadConfig,
  loadConfigFor,
  resolveFileSettings,
  resolveThresholds,
  runRuleSettings,
} from './resolve.js';
