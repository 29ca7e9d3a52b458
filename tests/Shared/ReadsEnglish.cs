using System.Globalization;
using System.Reflection;
using Xunit.v3;

// Linking this file into a test project makes its tests read English.
[assembly: EduPlatform.Tests.Shared.ReadsEnglish]

namespace EduPlatform.Tests.Shared;

/// <summary>
/// The domain tests read the rules' English texts (they were written against them, and the rule is what they test). The
/// product's default, Chinese, is what the API answers without Accept-Language; the API tests and LocalizationTests
/// check it. Only the UI language changes: numbers and dates format as they do in the hosts.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class)]
public sealed class ReadsEnglishAttribute : BeforeAfterTestAttribute
{
    CultureInfo? _before;

    public override void Before(MethodInfo methodUnderTest, IXunitTest test)
    {
        _before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        if (_before is not null)
        {
            CultureInfo.CurrentUICulture = _before;
        }
    }
}
