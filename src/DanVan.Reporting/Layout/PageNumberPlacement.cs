namespace DanVan.Reporting;

/// <summary>Where page numbers are printed.</summary>
public enum PageNumberPlacement
{
    /// <summary>Centred in the top margin (Nghị định 30/2020/NĐ-CP: Arabic digits, from 1, "canh giữa theo chiều ngang trong phần lề trên").</summary>
    TopCenter,

    /// <summary>Centred in the bottom margin.</summary>
    BottomCenter,

    /// <summary>No page numbers.</summary>
    None,
}
