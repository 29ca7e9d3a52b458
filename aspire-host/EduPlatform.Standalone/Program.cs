using EduPlatform.Evaluation;
using EduPlatform.Messaging;
using EduPlatform.Organization;
using EduPlatform.Rotation;
using EduPlatform.Zoning;
using EduPlatform.ServiceDefaults;
using EduPlatform.Staffing;
using EduPlatform.Standalone;
using EduPlatform.WebConsole;

// The whole suite in one process: every service module, one SQLite file each under Data:Folder, the in-memory bus,
// and the same outbox and inbox as the distributed mode. A service joins with one Add<…Module>() line.
// "--demo" is a bare switch; left in args, the command-line configuration would take the next argument as its value.
var builder = WebApplication.CreateBuilder([.. args.Where(a => a != "--demo")]);
builder.AddServiceDefaults("eduplatform-standalone");
var modules = new ServiceModules(builder)
    .Add<OrganizationModule>()
    .Add<StaffingModule>()
    .Add<RotationModule>()
    .Add<ZoningModule>()
    .Add<EvaluationModule>();
builder.AddEduMessaging();
builder.AddWebConsole();
DemoCounty.AddIfRequested(builder, args.Contains("--demo"));

var app = builder.Build();
app.MapDefaultEndpoints();
modules.MapAll(app);
app.MapWebConsole();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
