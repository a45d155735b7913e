// zod 4 probes `new Function('')` when the first object schema is built, to decide whether to
// compile fast parsers. Our CSP has no 'unsafe-eval' (OWASP: no string-to-code), so the probe is
// refused; zod catches that, but Chromium still reports a securitypolicyviolation at every load,
// which would hide a real one. `jitless` skips the probe (zod's documented setting for CSP
// environments). It must run before any schema module is evaluated: main.tsx imports this first.
import { z } from 'zod';

z.config({ jitless: true });
