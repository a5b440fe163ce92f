/**
 * What the accessibility statement links to that is the same for every Swedish public body:
 * DIGG's form for complaints about digital public services (lag 2018:1937). Who assessed the
 * site and where readers contact the municipality are settings (content/settings.yml).
 */
export const complaintUrl = 'https://www.digg.se/tdosanmalan';
