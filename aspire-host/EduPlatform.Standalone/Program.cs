using EduPlatform.Messaging;
using EduPlatform.Organization;
using EduPlatform.ServiceDefaults;
using EduPlatform.Standalone;

// The whole suite in one process: every service module, one SQLite file each under Data:Folder, the in-memory bus,
// and the same outbox and inbox as the distributed mode. Add a service by adding its two lines below.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("eduplatform-standalone");
builder.AddOrganization();
builder.AddEduMessaging();
DemoCounty.AddIfRequested(builder, args);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOrganization();
app.MapGet("/", () => Results.Redirect("/swagger")).ExcludeFromDescription();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
