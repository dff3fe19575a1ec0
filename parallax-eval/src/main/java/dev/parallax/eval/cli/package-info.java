/**
 * The {@code parallax eval} commands: one picocli command per task, each reading its gold set
 * ({@code --data}, the {@link dev.parallax.eval.cli.GoldSet} mixin), running the stage through its
 * own API and printing the task's figures as one JSON object on its last line. {@link
 * dev.parallax.eval.cli.EvalCommandSet} adds {@code eval} and {@code bench} to the {@code parallax}
 * command through {@code dev.parallax.cli.CommandSet}.
 */
package dev.parallax.eval.cli;
