/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The SDK is server-only (lib/workos.ts); keep it out of the bundler and load it from node_modules.
  serverExternalPackages: ['@workos-inc/node'],
};

export default nextConfig;
