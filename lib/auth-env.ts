/**
 * Side-effect module: import it before @workos-inc/authkit-nextjs, which reads its settings from
 * process.env when it loads. In demo mode (no API key) that points AuthKit at the emulator.
 */
import { applyDemoAuthDefaults } from './config';

applyDemoAuthDefaults();
