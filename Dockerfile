# Builds and runs rightsdesk. Configuration comes only from environment variables (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY processes processes
COPY forms forms
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 rightsdesk
WORKDIR /app
COPY --from=build /src/target/rightsdesk-*.jar /app/rightsdesk.jar
USER rightsdesk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/rightsdesk.jar"]
