/**
 * Resources: reading the knowledge files bundled with Parallax (tab-separated word lists, patterns
 * and lexicons, each written for the project and tested where it is used).
 */
package dev.parallax.resources;
