package org.studydraft.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session (two task threads, loopback only, no UI) shared by every test of the JVM. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkCommand.session("local[2]");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
