using EduPlatform.Messaging;
using EduPlatform.Rotation;
using EduPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("rotation");
builder.AddRotation();
builder.AddEduMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapRotation();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
