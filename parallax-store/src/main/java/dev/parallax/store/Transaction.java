package dev.parallax.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs statements as one SQLite transaction: all or nothing, then back to autocommit. */
final class Transaction {
  private Transaction() {}

  /** Statements to run inside the transaction. */
  interface Work {
    void run() throws SQLException;
  }

  static void run(Connection db, Work work) throws SQLException {
    db.setAutoCommit(false);
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }
}
