# The live site in a container: multi-stage build, ASP.NET Core runtime image, non-root user. See docs/deploy.md.
#   docker build -t clinic-site .
#   docker run --rm -p 8080:8080 clinic-site                         # the live site on http://localhost:8080
#   docker run --rm -v "$PWD/site:/out" clinic-site export /out       # the static export into ./site

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so a content or code edit does not redo the package restore.
COPY Clinic.Content.sln Directory.Build.props Directory.Packages.props ./
COPY src/Clinic.Content/Clinic.Content.csproj src/Clinic.Content/
COPY src/Clinic.Content.Lint/Clinic.Content.Lint.csproj src/Clinic.Content.Lint/
COPY src/Clinic.Content.Cli/Clinic.Content.Cli.csproj src/Clinic.Content.Cli/
COPY src/Clinic.Web/Clinic.Web.csproj src/Clinic.Web/
RUN dotnet restore src/Clinic.Web/Clinic.Web.csproj
COPY src/ src/
COPY content/ content/
# The build gate lints content/: an error finding fails the image build, as it fails CI.
RUN dotnet publish src/Clinic.Web/Clinic.Web.csproj -c Release --no-restore -o /app
# Warm the lint cache: an export of the content lints every page once, here, so that the container's first start reads
# the findings instead of linting again (docs/deploy.md, "The lint cache"). Pages do not depend on where content/ sits.
RUN dotnet /app/Clinic.Web.dll export /tmp/warm-export --Content:Root=/src/content --Content:LintCache=/lint-cache/lint-cache.json \
    && rm -rf /tmp/warm-export

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build /src/content /srv/content
# The one place the site writes: its lint cache, updated when a page's review falls due after the image was built.
COPY --from=build --chown=app:app /lint-cache /var/cache/clinic-site
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Content__Root=/srv/content \
    Content__Watch=false \
    Content__LintCache=/var/cache/clinic-site/lint-cache.json
# The image's unprivileged "app" user: it owns nothing but the lint cache's folder.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Clinic.Web.dll"]
