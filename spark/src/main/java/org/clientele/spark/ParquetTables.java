package org.clientele.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.clientele.core.io.TypedTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A table made on the driver (one row per customer) written as Parquet by Spark: one part file, the columns'
 * types kept (text, 32-bit integers, doubles, booleans; missing values null).
 */
final class ParquetTables {

    private ParquetTables() {
    }

    static void write(SparkSession spark, TypedTable table, String location) {
        StructType schema = new StructType();
        for (int c = 0; c < table.columns().size(); c++) {
            schema = schema.add(table.columns().get(c), type(table.kinds().get(c)), true);
        }
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Object[] r : table.rows()) {
            rows.add(RowFactory.create(r));
        }
        spark.createDataFrame(rows, schema).coalesce(1).write().mode("overwrite").parquet(location);
    }

    private static DataType type(TypedTable.Kind kind) {
        return switch (kind) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case NUMBER -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
