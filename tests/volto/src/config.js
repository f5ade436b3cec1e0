// Volto project configuration for the vetcms tests (tests/volto): a multilingual Plone
// site in vetcms's five languages, nothing else changed from Volto 17's defaults.
// [Internal] imports required by the configuration must come before this line.
import '@plone/volto/config';

export default function applyConfig(config) {
  config.settings = {
    ...config.settings,
    isMultilingual: true,
    supportedLanguages: ['en', 'fi', 'nl', 'et', 'lv'],
    defaultLanguage: 'en',
  };
  return config;
}
