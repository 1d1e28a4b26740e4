/**
 * Wiring and settings: the beans every job shares and the {@code planwatch.*} properties.
 */
package cn.jingan.planwatch.system;
