import CMS from '@sveltia/cms';

// The configuration is /admin/config.json, named by the page's <link rel="cms-config-url">, made
// at build time from the content model (src/lib/cms/).
CMS.init();
