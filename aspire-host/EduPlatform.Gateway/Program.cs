using EduPlatform.Gateway;
using EduPlatform.WebConsole;

var builder = WebApplication.CreateBuilder(args);
builder.AddGateway();
builder.AddWebConsole();

var app = builder.Build();
app.MapGateway();
app.UseAuthentication();
app.UseAuthorization();
app.MapWebConsole();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
