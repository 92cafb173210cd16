/**
 * `npm run prebuild` step: extracts the content once (through the per-article cache), gives
 * events their stable ids, writes `<content>/event-ids.json` (commit it with the content) and
 * the story cache the build workers read. Honours CONTENT_DIR like getStory().
 */
import { prepareStory } from '../lib/build/prepare';
import { ContentError, formatIssue } from '../lib/content/load';
import { registryPath } from '../lib/ids/registry-file';
import { contentDir } from '../lib/story';

const dir = contentDir();
const started = performance.now();
try {
  const { story, hits, misses, registryChanged, newlyRetired } = prepareStory(dir, { write: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `prepare-story: ${story.articles.length} articles (${hits} from cache, ${misses} extracted), ` +
      `${story.events.length} events, ${Object.keys(story.retired ?? {}).length} retired ids in ${seconds} s`,
  );
  if (newlyRetired.length > 0) console.log(`  merged now: ${newlyRetired.join(', ')}`);
  if (registryChanged) console.log(`  ${registryPath(dir)} updated: commit it with the content`);
} catch (err) {
  if (err instanceof ContentError) {
    err.issues.forEach((i) => console.error(formatIssue(i)));
    process.exit(1);
  }
  throw err;
}
