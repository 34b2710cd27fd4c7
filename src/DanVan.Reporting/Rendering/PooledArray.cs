using System.Buffers;

namespace DanVan.Reporting;

/// <summary>
/// An array rented from <see cref="ArrayPool{T}.Shared"/> and how much of it is written: the storage of the pooled
/// writers (<see cref="PooledStringWriter"/>, <see cref="PooledUtf8Buffer"/>). It grows by renting a bigger array and
/// returning the old one. A mutable struct: keep it in a field and call it there, never copy it.
/// </summary>
internal struct PooledArray<T>
{
    private T[] _array;
    private int _length;

    /// <summary>Rents an array of at least <paramref name="capacity"/> elements.</summary>
    public PooledArray(int capacity) => _array = ArrayPool<T>.Shared.Rent(capacity);

    /// <summary>How many elements are written.</summary>
    public readonly int Length => _length;

    /// <summary>The size of the array (0 once released).</summary>
    public readonly int Capacity => _array.Length;

    /// <summary>The elements written so far.</summary>
    public readonly ReadOnlySpan<T> Written => _array.AsSpan(0, _length);

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => _length = 0;

    /// <summary>Room for at least <paramref name="count"/> more elements, after what is written; <see cref="Advance"/> says how many were used.</summary>
    public Span<T> Room(int count)
    {
        if (count > _array.Length - _length)
        {
            Grow(count);
        }

        return _array.AsSpan(_length);
    }

    /// <summary>Counts <paramref name="count"/> more elements as written (after <see cref="Room"/>).</summary>
    public void Advance(int count) => _length += count;

    /// <summary>Appends one element.</summary>
    public void Append(T value)
    {
        if (_length == _array.Length)
        {
            Grow(1);
        }

        _array[_length++] = value;
    }

    /// <summary>Appends elements.</summary>
    public void Append(ReadOnlySpan<T> values)
    {
        if (values.Length > _array.Length - _length)
        {
            Grow(values.Length);
        }

        values.CopyTo(_array.AsSpan(_length));
        _length += values.Length;
    }

    /// <summary>Replaces <paramref name="length"/> elements at <paramref name="start"/> with <paramref name="replacement"/>.</summary>
    public void Replace(int start, int length, ReadOnlySpan<T> replacement)
    {
        int tail = _length - start - length;
        if (replacement.Length > length && replacement.Length - length > _array.Length - _length)
        {
            Grow(replacement.Length - length);
        }

        _array.AsSpan(start + length, tail).CopyTo(_array.AsSpan(start + replacement.Length));
        replacement.CopyTo(_array.AsSpan(start));
        _length += replacement.Length - length;
    }

    /// <summary>Returns the array to the pool; the storage is empty and holds nothing afterwards.</summary>
    public void Release()
    {
        T[] array = _array;
        _array = [];
        _length = 0;
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    private void Grow(int needed)
    {
        T[] bigger = ArrayPool<T>.Shared.Rent(Math.Max(Math.Max(_array.Length * 2, _length + needed), 4096));
        _array.AsSpan(0, _length).CopyTo(bigger);
        T[] old = _array;
        _array = bigger;
        if (old.Length > 0)
        {
            ArrayPool<T>.Shared.Return(old);
        }
    }
}
