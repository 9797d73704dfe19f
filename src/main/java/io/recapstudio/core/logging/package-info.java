/**
 * Where the program's log goes and what happens to an exception nobody caught. Code everywhere logs through
 * {@link java.lang.System.Logger} ({@code System.getLogger(name)}); with no other logging library on the class path
 * the JDK routes it to {@code java.util.logging}, and {@link io.recapstudio.core.logging.LogFiles} gives that a
 * size-rotated file in the user's state folder. {@link io.recapstudio.core.logging.UncaughtErrors} logs an uncaught
 * exception and hands a short message to whoever tells the user. Imports nothing of the project.
 */
package io.recapstudio.core.logging;
