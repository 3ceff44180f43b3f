// Compile-time flags that Slidev defines for its client sources, which vue-tsc reads
// as TypeScript because @slidev/client ships .ts files.
declare const __DEV__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
