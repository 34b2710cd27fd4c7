using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DanVan.Reporting;

/// <summary>
/// Copies up to <see cref="MaxLength"/> characters inline: two loads and two stores that overlap in the middle, as a
/// general copy does after its call and its checks. Rendering makes a few hundred such copies per report, mostly short
/// pieces of markup, so the call and the checks were a measurable share of a render.
/// </summary>
internal static class ShortCopy
{
    public const int MaxLength = 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(ref char source, ref char destination, int length)
    {
        Debug.Assert(length is >= 0 and <= MaxLength, "a short piece");
        nuint n = (nuint)length;
        if (n >= 16 && Vector256.IsHardwareAccelerated)
        {
            Vector256<ushort> head = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref source));
            Vector256<ushort> tail = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref source), n - 16);
            head.StoreUnsafe(ref Unsafe.As<char, ushort>(ref destination));
            tail.StoreUnsafe(ref Unsafe.As<char, ushort>(ref destination), n - 16);
        }
        else if (n >= 8 && Vector128.IsHardwareAccelerated)
        {
            if (n > 16)
            {
                CopyLong(ref source, ref destination, length);
                return;
            }

            Vector128<ushort> head = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref source));
            Vector128<ushort> tail = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref source), n - 8);
            head.StoreUnsafe(ref Unsafe.As<char, ushort>(ref destination));
            tail.StoreUnsafe(ref Unsafe.As<char, ushort>(ref destination), n - 8);
        }
        else if (n >= 4)
        {
            if (n > 8)
            {
                CopyLong(ref source, ref destination, length);
                return;
            }

            ulong head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref source));
            ulong tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref source, n - 4)));
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref destination), head);
            Unsafe.WriteUnaligned(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref destination, n - 4)), tail);
        }
        else
        {
            for (nuint i = 0; i < n; i++)
            {
                Unsafe.Add(ref destination, i) = Unsafe.Add(ref source, i);
            }
        }
    }

    // Where vectors are narrower than the piece.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void CopyLong(ref char source, ref char destination, int length) =>
        MemoryMarshal.CreateReadOnlySpan(ref source, length).CopyTo(MemoryMarshal.CreateSpan(ref destination, length));
}
