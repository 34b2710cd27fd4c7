namespace DanVan.Reporting;

/// <summary>Where a unit stands when a round is closed.</summary>
public enum SubmissionStatus
{
    /// <summary>Its report was received on or before the deadline ("đúng hạn").</summary>
    OnTime,

    /// <summary>Its report was received after the deadline ("chậm").</summary>
    Late,

    /// <summary>No valid report was received ("chưa gửi").</summary>
    Missing,
}
