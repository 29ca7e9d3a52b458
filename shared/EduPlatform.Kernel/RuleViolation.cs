namespace EduPlatform.Kernel;

/// <summary>A refused business rule: its id, what is wrong, and the policy text it comes from.</summary>
public sealed record RuleViolation(string Rule, string Message, string Source);
