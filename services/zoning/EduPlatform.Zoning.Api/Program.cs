using EduPlatform.Messaging;
using EduPlatform.Zoning;
using EduPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("zoning");
builder.AddZoning();
builder.AddEduMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapZoning();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
