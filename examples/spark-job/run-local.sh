#!/usr/bin/env bash
# Runs the Spark job in one local JVM, without a Spark installation: the application jar plus the
# Spark jars Maven resolved (scope provided), with the JVM options Spark's launcher adds on Java 17.
#
#   bash examples/spark-job/run-local.sh -o out/ data/*.csv                 # master local[*]
#   bash examples/spark-job/run-local.sh --master 'local[2]' -o out/ data/   # two cores
#   SKIP_BUILD=1 JAVA_HEAP=4g bash examples/spark-job/run-local.sh ...
#
# With Spark installed, spark-submit does the same (see the README's "Spark" section).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$here/target/politiqueville-spark-job.jar"
classpath="$here/target/spark.classpath"

if [[ -z "${SKIP_BUILD:-}" || ! -f "$jar" || ! -f "$classpath" ]]; then
  build=(-B -q -pl examples/spark-job -am package -DskipTests dependency:build-classpath
    -Dmdep.includeScope=provided "-Dmdep.outputFile=$classpath")
  (cd "$root" && { mvn -o "${build[@]}" || mvn "${build[@]}"; }) >&2
fi

# The same list as spark.java.options in examples/spark-job/pom.xml.
java_options=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)

exec java "${java_options[@]}" "-Xmx${JAVA_HEAP:-2g}" \
  "-Dlog4j2.configurationFile=${LOG4J_CONFIGURATION:-$here/conf/log4j2.properties}" -cp "$jar:$(cat "$classpath")" \
  org.politiqueville.examples.spark.SparkJob "$@"
