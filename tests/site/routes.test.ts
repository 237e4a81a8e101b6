import { describe, expect, it } from 'vitest';
import { classifyLink, pageLocation, routeOfPath, routeWithoutLocale } from '../../src/site/routes.js';
import { isLocaleSegment } from '../../src/site/language-tags.js';

const none = { baseUrl: null };
const site = { baseUrl: 'https://example.com/docs/' };

describe('routeOfPath', () => {
  it.each([
    ['blog/post.md', '/blog/post'],
    ['blog/post/index.md', '/blog/post'],
    ['blog/post/_index.md', '/blog/post'],
    ['blog/post.html', '/blog/post'],
    ['blog/post/', '/blog/post'],
    ['index.md', '/'],
    ['README.md', '/'],
    ['', '/'],
    ['a/./b/../c.mdx', '/a/c'],
    ['caf%C3%A9.md', '/café'],
  ])('%s → %s', (path, route) => expect(routeOfPath(path)).toBe(route));

  it('assets are not routes', () => {
    expect(routeOfPath('img/x.png')).toBeNull();
    expect(routeOfPath('feed.xml')).toBeNull();
  });
});

describe('classifyLink', () => {
  const post = pageLocation('blog/post.md');
  it('relative links resolve from the file folder, then from the page URL as a folder', () => {
    expect(classifyLink('other.md', post, none)).toEqual({ kind: 'internal', routes: ['/blog/other', '/blog/post/other'], fragment: null });
    expect(classifyLink('../about/', post, none)).toEqual({ kind: 'internal', routes: ['/about', '/blog/about'], fragment: null });
    // An index file's folder is its URL: one candidate.
    expect(classifyLink('x.html#part-2', pageLocation('guide/index.md'), none)).toEqual({ kind: 'internal', routes: ['/guide/x'], fragment: 'part-2' });
  });
  it('site-root paths, anchors, assets, other schemes', () => {
    expect(classifyLink('/blog/post/?ref=1#top', post, none)).toEqual({ kind: 'internal', routes: ['/blog/post'], fragment: 'top' });
    expect(classifyLink('#caf%C3%A9', post, none)).toEqual({ kind: 'self', fragment: 'café' });
    expect(classifyLink('img/cramp.png', post, none)).toEqual({ kind: 'asset' });
    expect(classifyLink('mailto:a@b.c', post, none)).toEqual({ kind: 'other' });
    expect(classifyLink('https://other.org/x', post, none)).toEqual({ kind: 'outbound' });
  });
  it('absolute URLs under site.baseUrl are internal, with the base path removed', () => {
    expect(classifyLink('https://example.com/docs/blog/post/', post, site)).toEqual({ kind: 'internal', routes: ['/blog/post'], fragment: null });
    expect(classifyLink('https://EXAMPLE.com/docs', post, site)).toEqual({ kind: 'internal', routes: ['/'], fragment: null });
    expect(classifyLink('//example.com/docs/a#b', post, site)).toEqual({ kind: 'internal', routes: ['/a'], fragment: 'b' });
    expect(classifyLink('https://example.com/shop/', post, site)).toEqual({ kind: 'outbound' });
    expect(classifyLink('https://example.com/docs/blog/post/', post, none)).toEqual({ kind: 'outbound' });
  });
  it('an absolute URL is classified by the base URL of each call (the verdicts kept per base URL)', () => {
    const href = 'https://example.com/docs/guide/#setup';
    for (let round = 0; round < 2; round++) {
      expect(classifyLink(href, post, none)).toEqual({ kind: 'outbound' });
      expect(classifyLink(href, post, site)).toEqual({ kind: 'internal', routes: ['/guide'], fragment: 'setup' });
      expect(classifyLink(href, post, { baseUrl: 'https://example.com/shop/' })).toEqual({ kind: 'outbound' });
      expect(classifyLink(` ${href} `, post, site)).toEqual({ kind: 'internal', routes: ['/guide'], fragment: 'setup' });
      expect(classifyLink('javascript:void(0)', post, site)).toEqual({ kind: 'other' });
      expect(classifyLink('https://exa mple.com/', post, none)).toEqual({ kind: 'other' });
    }
  });
});

describe('routeWithoutLocale', () => {
  it('drops the first locale segment', () => {
    expect(routeWithoutLocale('/fr/blog/post', isLocaleSegment)).toBe('/blog/post');
    expect(routeWithoutLocale('/zh-cn/post', isLocaleSegment)).toBe('/post');
    expect(routeWithoutLocale('/pt_BR/post', isLocaleSegment)).toBe('/post');
    expect(routeWithoutLocale('/blog/post', isLocaleSegment)).toBeNull();
    expect(routeWithoutLocale('/api/post', isLocaleSegment)).toBeNull();
  });
});
