/* Every copy control's code, one chunk, loaded on the first click on any of them. */
export { default as copyLink } from './copy-link';
export { default as copyFieldText } from './copy-text';
export { default as copyMarkdown } from './copy-markdown';
