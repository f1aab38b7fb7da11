package org.studydraft.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One input document as the job distributes it, whatever it was read from: a file found by the driver ({@code file}
 * set, read on the executor) or a record of JSON Lines or Parquet ({@code text} set). {@code path} is the path the
 * entry shows; {@code note} a warning the scan raised (a changed id); {@code reject} the reason a document is
 * rejected before it is read (unsupported file type, a record without text...).
 */
public record SourceDocument(String id, String text, String file, String path, String url, String note, String reject) {
    public static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("file", DataTypes.StringType)
            .add("path", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("note", DataTypes.StringType)
            .add("reject", DataTypes.StringType);

    public Row toRow() {
        return RowFactory.create(id, text, file, path, url, note, reject);
    }

    public static SourceDocument of(Row r) {
        return new SourceDocument(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6));
    }
}
