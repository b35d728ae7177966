import { rmSync } from 'node:fs';
// dist/ (npm build) and cdn/ (script-tag build) are both rebuilt from scratch.
for (const dir of ['dist', 'cdn']) rmSync(dir, { recursive: true, force: true });
