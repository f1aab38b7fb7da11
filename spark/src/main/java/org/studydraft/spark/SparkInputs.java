package org.studydraft.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.studydraft.batch.BatchRunner;
import org.studydraft.batch.InputFile;
import org.studydraft.batch.InputScanner;

/** Reads the job's input as rows of {@link SourceDocument#SCHEMA}, in at least {@code partitions} partitions. */
final class SparkInputs {
    private static final String CORRUPT = "_corrupt_record";

    private SparkInputs() {
    }

    static Dataset<Row> read(SparkSession spark, JobOptions o, int partitions) throws IOException {
        return switch (o.format()) {
            case FOLDER -> folder(spark, Path.of(o.in()), o.out().contains("://") ? null : Path.of(o.out()), partitions);
            case JSONL -> atLeast(records(spark.read()
                    .schema(new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                            .add("url", DataTypes.StringType).add(CORRUPT, DataTypes.StringType))
                    .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                    .json(o.in())), partitions);
            case PARQUET -> atLeast(records(parquet(spark, o.in())), partitions);
        };
    }

    /**
     * The documents under a folder, listed on the driver by run's own scanner, so ids (file stems made unique),
     * order, display paths and the rejections of unreadable or unsupported files are run's (an output folder inside
     * it is skipped as run skips it). The executors read the files: the folder must be visible at the same path on
     * every node (local mode, a shared mount).
     */
    static Dataset<Row> folder(SparkSession spark, Path in, Path out, int partitions) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (InputFile f : new InputScanner(BatchRunner.EXTENSIONS, out).scan(in)) {
            rows.add(new SourceDocument(f.id(), null, f.path().toAbsolutePath().toString(), relative(in, f.path()), null,
                    f.note(), f.rejectReason()).toRow());
        }
        int slices = Math.max(1, Math.min(partitions, rows.size()));
        return spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices),
                SourceDocument.SCHEMA);
    }

    /** The path an entry shows: relative to the input folder, as run shows it. */
    static String relative(Path in, Path p) {
        try {
            return in.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    private static Dataset<Row> parquet(SparkSession spark, String in) {
        Dataset<Row> raw = spark.read().parquet(in);
        List<String> names = Arrays.asList(raw.columns());
        if (!names.contains("id") || !names.contains("text")) {
            throw new IllegalArgumentException("Parquet input " + in + " needs the columns id and text (and may have url); it has " + names);
        }
        return raw.select(col("id").cast(DataTypes.StringType).as("id"), col("text").cast(DataTypes.StringType).as("text"),
                (names.contains("url") ? col("url").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as("url"),
                lit(null).cast(DataTypes.StringType).as(CORRUPT));
    }

    /** Records (id, text, url, corrupt line) as source documents; a record that cannot be a document is rejected. */
    private static Dataset<Row> records(Dataset<Row> r) {
        Column reject = when(col(CORRUPT).isNotNull(), lit("malformed record (not a JSON object with string fields id, text, url)"))
                .when(col("id").isNull(), lit("record without id"))
                .when(col("text").isNull(), lit("record without text"));
        Column id = coalesce(col("id"), concat(lit("record-"), monotonically_increasing_id().cast(DataTypes.StringType)));
        Column none = lit(null).cast(DataTypes.StringType);
        return r.select(id.as("id"), col("text"), none.as("file"), id.as("path"), col("url"), none.as("note"), reject.as("reject"));
    }

    private static Dataset<Row> atLeast(Dataset<Row> d, int partitions) {
        return d.rdd().getNumPartitions() < partitions ? d.repartition(partitions) : d;
    }
}
