/**
 * What the program needs from the machine, in one place: the per-user folders ({@link
 * io.recapstudio.core.system.UserFolders}) and named daemon threads ({@link io.recapstudio.core.system.DaemonThreads}).
 * A leaf: imports nothing of the project.
 */
package io.recapstudio.core.system;
