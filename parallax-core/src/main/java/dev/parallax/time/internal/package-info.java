/**
 * Time internals: the only place CoreNLP types appear for time. {@link
 * dev.parallax.time.internal.SutimeRunner} runs SUTime over Parallax's own sentences; {@link
 * dev.parallax.time.internal.SentenceBootstrap} splits and POS-tags raw text for the time
 * evaluation and tests until the annotation stage provides sentences. Not API.
 */
package dev.parallax.time.internal;
