/**
 * Bundle export: a plan (where the bundle goes in the site, which files, what changes against a bundle already
 * there), then one atomic write (a temporary folder beside the target, moved into place), then optionally a Hugo
 * build to verify it. Nothing is ever written outside the target bundle folder.
 */
package io.recapstudio.core.export;
