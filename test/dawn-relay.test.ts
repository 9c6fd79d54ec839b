/** Which commands run behind the stderr relay, and what the relay lets through (src/cli/dawn-relay.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadsDawn, noiseFilter } from '../src/cli/dawn-relay.js';

const NOISE = [
  'Warning: maxDynamicUniformBuffersPerPipelineLayout artificially reduced from 1000000 to 16 to fit dynamic offset allocation limit.\n',
  'Warning: maxDynamicStorageBuffersPerPipelineLayout artificially reduced from 500000 to 16 to fit dynamic offset allocation limit.\n',
];

/** What `chunks` come out as, and how many writes it took. */
function relay(chunks: readonly string[]): { text: string; writes: string[] } {
  const writes: string[] = [];
  const filter = noiseFilter((t) => writes.push(t));
  for (const chunk of chunks) filter.write(chunk);
  filter.end();
  return { text: writes.join(''), writes };
}

describe('the Dawn stderr relay', { timeout: 10_000 }, () => {
  it('runs a command behind it only when it names a backend that loads Dawn here, and never twice', () => {
    assert.equal(loadsDawn(['train', 'a.yaml', '--backend', 'webgpu'], {}), true);
    assert.equal(loadsDawn(['train', 'a.yaml', '--backend=tfjs-webgpu'], {}), true);
    assert.equal(loadsDawn(['train', 'a.yaml', '--backend', 'wasm'], {}), false);
    assert.equal(loadsDawn(['train', 'a.yaml'], {}), false);
    // a spec named webgpu is not a backend
    assert.equal(loadsDawn(['train', 'webgpu', '--backend', 'cpu'], {}), false);
    assert.equal(loadsDawn(['train', 'a.yaml', '--backend', 'webgpu'], { LENETC_DAWN_RELAYED: '1' }), false);
  });

  it('drops Dawn\'s two lines, whole or split across chunks, and nothing else', () => {
    const text = `backend: webgpu\n${NOISE[0]}${NOISE[1]}training lenet5\nWarning: a warning of someone else's\n`;
    assert.equal(relay([text]).text, 'backend: webgpu\ntraining lenet5\nWarning: a warning of someone else\'s\n');
    // every split point gives the same
    for (let at = 1; at < text.length; at++) {
      assert.equal(relay([text.slice(0, at), text.slice(at)]).text, 'backend: webgpu\ntraining lenet5\nWarning: a warning of someone else\'s\n', `split at ${at}`);
    }
  });

  it('passes a progress bar redrawn with \\r on at once, without waiting for a newline', () => {
    const { writes } = relay(['\repoch 1/3 ██░░ 10/40', '\repoch 1/3 ███░ 20/40']);
    assert.deepEqual(writes, ['\repoch 1/3 ██░░ 10/40', '\repoch 1/3 ███░ 20/40']);
  });

  it('keeps a last line without a newline', () => {
    assert.equal(relay(['done', ': ok']).text, 'done: ok');
    assert.equal(relay(['Warning: maxDynamic', 'Foo was said']).text, 'Warning: maxDynamicFoo was said');
  });
});
