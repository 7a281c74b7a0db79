using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace ReportGen.Core.Rendering.Docx;

/// <summary>
/// Values made once per key: a second thread asking while the first is still making one waits for it rather
/// than making it again (ConcurrentDictionary.GetOrAdd alone would run the factory on both). The renderer
/// prepares its templates on a spare core while the main thread reads and validates; when the main thread
/// gets there first, duplicating the work would put it twice on the critical path.
/// </summary>
/// <remarks>
/// <see cref="Lazy{T}"/> requires its value's public parameterless constructor to be kept (it can create one
/// when given no factory): the annotation carries that requirement to the callers, where the trimmer sees it.
/// </remarks>
internal sealed class OnceCache<TKey, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TValue>(
    Func<TKey, TValue> make)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<TValue>> _values = new();

    public TValue Get(TKey key) =>
        _values.GetOrAdd(key, k => new Lazy<TValue>(() => make(k), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
