/**
 * The bundle's images seen from the post: which calls and links use each image, which {@code resources} glob
 * matches it, and renaming an image with every reference following.
 */
package io.recapstudio.core.media;
