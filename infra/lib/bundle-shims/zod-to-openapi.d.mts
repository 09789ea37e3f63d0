// The shim's types: the library's own (its generators throw in a bundle, see zod-to-openapi.mjs).
export * from '@asteasolutions/zod-to-openapi';
