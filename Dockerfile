# syntax=docker/dockerfile:1
#
# One image for every Eventwire service: the `eventwire` launcher with its whole runtime class path.
# docker-compose.yml runs it four times with different commands: `topics` (one-shot), `crawl`, `process`
# and `sink`. Build it alone with:  docker build -t eventwire:local .

# ---- build: the same Maven build as ./eventwire, without tests (they run in CI, not in an image build) ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The local repository lives in a BuildKit cache mount, so a rebuild after a source change downloads nothing.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests -Dmaven.test.skip=true package \
 && mkdir -p /dist \
 && cp -r launcher/target/lib /dist/lib \
 && cp "$(ls launcher/target/launcher-*.jar | grep -v -e '-sources' -e '-tests' | head -n 1)" /dist/launcher.jar

# ---- runtime: a JRE, the launcher jar and its dependencies, an unprivileged user ----
FROM eclipse-temurin:17-jre
RUN groupadd --system eventwire \
 && useradd --system --gid eventwire --home-dir /app --shell /usr/sbin/nologin eventwire \
 && mkdir -p /app /etc/eventwire /var/lib/eventwire/streams \
 && chown -R eventwire:eventwire /var/lib/eventwire
WORKDIR /app
COPY --from=build /dist/lib/ /app/lib/
COPY --from=build /dist/launcher.jar /app/launcher.jar
# A container's memory limit bounds the heap; an OutOfMemoryError ends the process so the restart policy acts.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# /var/lib/eventwire/streams is the processor's --state-dir: docker-compose.yml mounts a named volume there, which
# takes its owner from the image. No VOLUME instruction: the other services would each get an anonymous volume.
USER eventwire
ENTRYPOINT ["java", "-cp", "/app/launcher.jar:/app/lib/*", "io.eventwire.cli.Eventwire"]
CMD ["--help"]
