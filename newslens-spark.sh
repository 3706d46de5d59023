#!/usr/bin/env bash
# Runs the Newslens Spark job locally (Spark in-process, --master local[N]), building it first when
# needed. On a cluster use spark-submit instead (README, "Past one machine").
# JVM options: NEWSLENS_JAVA_OPTS (default -Xmx6g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/newslens-spark/target/newslens-spark.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root" -path "$root/.git" -prune -o \( -name pom.xml -o -path '*/src/main/*' \) \
      -type f -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "newslens-spark: building (first run or sources changed)..." >&2
  (cd "$root" && mvn -q -B -DskipTests install) >&2 || { echo "newslens-spark: build failed" >&2; exit 70; }
fi
# shellcheck disable=SC2046,SC2086
exec java ${NEWSLENS_JAVA_OPTS:--Xmx6g} $(cat "$root/newslens-spark/jvm-opens.txt") \
  -cp "$jar:$root/newslens-spark/target/lib/*:$root/newslens-spark/target/spark-lib/*" \
  "${NEWSLENS_SPARK_MAIN:-org.newslens.spark.NewslensSparkJob}" "$@"
