/** Never download a browser: tests use the system Chromium and Firefox ESR (see README). */
module.exports = { skipDownload: true };
