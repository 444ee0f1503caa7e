/**
 * The web API and page: {@link dev.storylink.server.ApiServer} serves JSON over the store through
 * {@link dev.storylink.server.StoryRepository}, plus a static page (index.html, app.js, style.css)
 * from the classpath.
 */
package dev.storylink.server;
