/**
 * planwatch: Jing'an District's five-year plan indicators, from bureau Excel returns to a DuckDB warehouse. The
 * root holds the Spring application alone; each subpackage is one capability.
 */
package cn.jingan.planwatch;
