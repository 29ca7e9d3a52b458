using EduPlatform.Messaging;
using EduPlatform.Evaluation;
using EduPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("evaluation");
builder.AddEvaluation();
builder.AddEduMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapEvaluation();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
