/**
 * The one line the device script stops with when Dawn finds no adapter: what was tried (the
 * Vulkan loader, the driver manifests it would read) and what to set. A GPU machine's NVIDIA
 * driver may keep its manifest outside the loader's default folders.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { vulkanLoader } from '../src/node/backend.js';

/** Where Vulkan drivers' manifests usually are: the loader's defaults, then NVIDIA's container path. */
const MANIFEST_DIRS = ['/usr/share/vulkan/icd.d', '/etc/vulkan/icd.d', '/usr/local/share/vulkan/icd.d', '/usr/local/nvidia/share/vulkan/icd.d'];

export function adapterHelp(reason: string, env: Record<string, string | undefined>): string {
  const given = env.VK_DRIVER_FILES ?? env.VK_ICD_FILENAMES;
  const loader = vulkanLoader();
  const manifests = MANIFEST_DIRS.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)) : []));
  const nvidia = manifests.find((f) => /nvidia/i.test(f));
  const tried = [
    loader ? `the Vulkan loader ${loader}` : 'no Vulkan loader (libvulkan.so.1) in LD_LIBRARY_PATH or the usual folders',
    given ? `VK_DRIVER_FILES=${given}${given.split(':').every((f) => existsSync(f)) ? '' : ' (missing)'}` : 'VK_DRIVER_FILES unset',
    manifests.length ? `driver manifests ${manifests.join(', ')}` : `no driver manifest in ${MANIFEST_DIRS.join(', ')}`,
  ];
  const fix = !loader ? 'install libvulkan1 (or source .gpu/setup.sh, which unpacks it)'
    : nvidia && given !== nvidia ? `export VK_DRIVER_FILES=${nvidia}`
    : 'install the GPU\'s Vulkan driver and point VK_DRIVER_FILES at its manifest (NVIDIA: nvidia_icd.json)';
  return `gpu-bench: no WebGPU adapter (${reason}); tried ${tried.join('; ')}; ${fix}`;
}
