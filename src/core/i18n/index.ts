export * from './catalog';
export * from './format';
export * from './locales';
export * from './page-language';
export * from './text';
export * from './ui-locale';
