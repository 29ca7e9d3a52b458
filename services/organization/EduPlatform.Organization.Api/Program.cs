using EduPlatform.Messaging;
using EduPlatform.Organization;
using EduPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("organization");
builder.AddOrganization();
builder.AddEduMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapOrganization();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
