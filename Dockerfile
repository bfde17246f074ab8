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

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build /src/content /srv/content
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Content__Root=/srv/content \
    Content__Watch=false
# The image's unprivileged "app" user: the site needs no write access anywhere.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Clinic.Web.dll"]
