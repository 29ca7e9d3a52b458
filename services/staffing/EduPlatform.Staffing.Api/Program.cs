using EduPlatform.Messaging;
using EduPlatform.Staffing;
using EduPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("staffing");
builder.AddStaffing();
builder.AddEduMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapStaffing();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
