// The distributed suite under .NET Aspire: RabbitMQ (with its management UI), SQL Server with one database per
// service, each service as a project that waits for its database and the broker, and the gateway in front. Connection-string names equal resource names ("messaging",
// "organizationdb"), which is what the services read. Built only with UseAspire=true (see the csproj).
var builder = DistributedApplication.CreateBuilder(args);

var messaging = builder.AddRabbitMQ("messaging").WithManagementPlugin();
var sql = builder.AddSqlServer("sql");
var organizationDb = sql.AddDatabase("organizationdb");
var staffingDb = sql.AddDatabase("staffingdb");
var rotationDb = sql.AddDatabase("rotationdb");
var zoningDb = sql.AddDatabase("zoningdb");
var evaluationDb = sql.AddDatabase("evaluationdb");

// Aspire does not pass a signing key of its own: services refuse to start without Auth settings outside Development.
var signingKey = builder.AddParameter("auth-signing-key", secret: true);

var organization = builder.AddProject<Projects.EduPlatform_Organization_Api>("organization")
    .WithReference(organizationDb).WaitFor(organizationDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithHttpHealthCheck("/health");

var staffing = builder.AddProject<Projects.EduPlatform_Staffing_Api>("staffing")
    .WithReference(staffingDb).WaitFor(staffingDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithHttpHealthCheck("/health");

var rotation = builder.AddProject<Projects.EduPlatform_Rotation_Api>("rotation")
    .WithReference(rotationDb).WaitFor(rotationDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithHttpHealthCheck("/health");

var zoning = builder.AddProject<Projects.EduPlatform_Zoning_Api>("zoning")
    .WithReference(zoningDb).WaitFor(zoningDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithHttpHealthCheck("/health");

var evaluation = builder.AddProject<Projects.EduPlatform_Evaluation_Api>("evaluation")
    .WithReference(evaluationDb).WaitFor(evaluationDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithHttpHealthCheck("/health");

// The one external address: clients and the web console reach every service through the gateway. It is ready when all
// five are (its /health aggregates theirs); WithReference gives it their addresses as services__<name>__http__0.
builder.AddProject<Projects.EduPlatform_Gateway>("gateway")
    .WithReference(organization).WaitFor(organization)
    .WithReference(staffing).WaitFor(staffing)
    .WithReference(rotation).WaitFor(rotation)
    .WithReference(zoning).WaitFor(zoning)
    .WithReference(evaluation).WaitFor(evaluation)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();
