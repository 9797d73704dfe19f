package io.recapstudio.core.site;

/**
 * One {@code module.imports} entry (a Hugo Module, usually a theme).
 *
 * @param path     the module path, e.g. {@code github.com/google/docsy}
 * @param disabled {@code disable = true}
 */
public record ModuleImport(String path, boolean disabled) {
}
