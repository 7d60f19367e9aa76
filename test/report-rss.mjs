// Preloaded into a child process by the tests: prints its peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`max-rss-mb=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
