/**
 * Headers every response carries. The Content-Security-Policy is set per request in proxy.ts,
 * because it carries a fresh nonce for Next's inline scripts.
 */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Browsers ignore HSTS over plain http, so this is safe for local runs and right behind TLS.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `next dev` would otherwise write an AGENTS.md into the repository.
  agentRules: false,
  reactStrictMode: true,
  // The SDK is server-only (lib/workos.ts); keep it out of the bundler and load it from node_modules.
  serverExternalPackages: ['@workos-inc/node'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
