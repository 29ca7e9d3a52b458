namespace EduPlatform.Kernel;

/// <summary>A county's settings of one kind (staffing, rotation, zoning, evaluation): versioned, and able to say what is wrong with them.</summary>
public interface ICountySettings<TSelf> where TSelf : ICountySettings<TSelf>
{
    string CountyCode { get; }

    /// <summary>0 while none are stored (the defaults); each save adds one.</summary>
    int Version { get; }

    TSelf WithVersion(int version);

    IReadOnlyList<(string Field, string Message)> Validate();
}
