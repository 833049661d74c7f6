using System.Text.Json;
using NewsModel.Model;

namespace NewsModel.Serialization;

/// <summary>
/// The registry of user-derived model types. Register a record derived from <see cref="Article"/>,
/// <see cref="Statement"/>, <see cref="Speaker"/> or <see cref="Treaty"/> with a type name and two functions:
/// one writes the derived type's own properties, one builds it from the base value and the JSON object.
/// The JSON then carries <c>"$type": "name"</c> on such objects, and only registered names are read back.
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="Register{TBase, TDerived}"/> returns a new registry.</remarks>
public sealed class ModelExtensions
{
    private static readonly Type[] Extensible = [typeof(Article), typeof(Statement), typeof(Speaker), typeof(Treaty)];

    private readonly Dictionary<Type, Registration> _byType;
    private readonly Dictionary<(Type, string), Registration> _byName;

    private ModelExtensions(Dictionary<Type, Registration> byType, Dictionary<(Type, string), Registration> byName)
    {
        _byType = byType;
        _byName = byName;
    }

    /// <summary>No extensions: only the base model types are written and read. Start here and <see cref="Register{TBase, TDerived}"/>.</summary>
    public static ModelExtensions Empty { get; } = new([], []);

    /// <summary>The same as <see cref="Empty"/>.</summary>
    [Obsolete("Use ModelExtensions.Empty.")]
    public static ModelExtensions None => Empty;

    internal sealed record Registration(Type BaseType, Type DerivedType, string Name, Action<Utf8JsonWriter, object> Write, Func<object, JsonElement, object> Read);

    /// <summary>A registry with <typeparamref name="TDerived"/> added under <paramref name="typeName"/>.</summary>
    /// <typeparam name="TBase">Article, Statement, Speaker or Treaty.</typeparam>
    /// <typeparam name="TDerived">The user's record derived from <typeparamref name="TBase"/>.</typeparam>
    /// <param name="typeName">The <c>$type</c> written in the JSON; unique per base type.</param>
    /// <param name="writeProperties">Writes the derived type's own properties into the open JSON object.</param>
    /// <param name="read">Builds the derived value from the base value read from the same object and the object itself.</param>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="ArgumentException">When <typeparamref name="TBase"/> is not extensible, the name is empty or taken, or the type is registered already.</exception>
    public ModelExtensions Register<TBase, TDerived>(string typeName, Action<Utf8JsonWriter, TDerived> writeProperties, Func<TBase, JsonElement, TDerived> read)
        where TBase : class
        where TDerived : TBase
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(writeProperties);
        ArgumentNullException.ThrowIfNull(read);
        if (Array.IndexOf(Extensible, typeof(TBase)) < 0)
        {
            throw new ArgumentException($"{typeof(TBase).Name} cannot be extended; derive from Article, Statement, Speaker or Treaty.", nameof(TBase));
        }
        if (typeof(TDerived) == typeof(TBase))
        {
            throw new ArgumentException($"Register a type derived from {typeof(TBase).Name}, not {typeof(TBase).Name} itself.", nameof(TDerived));
        }
        if (_byType.ContainsKey(typeof(TDerived)))
        {
            throw new ArgumentException($"{typeof(TDerived).Name} is registered already.", nameof(TDerived));
        }
        if (_byName.ContainsKey((typeof(TBase), typeName)))
        {
            throw new ArgumentException($"The type name '{typeName}' is taken for {typeof(TBase).Name}.", nameof(typeName));
        }
        var registration = new Registration(typeof(TBase), typeof(TDerived), typeName,
            (w, o) => writeProperties(w, (TDerived)o),
            (b, e) => read((TBase)b, e)!);
        var byType = new Dictionary<Type, Registration>(_byType) { [typeof(TDerived)] = registration };
        var byName = new Dictionary<(Type, string), Registration>(_byName) { [(typeof(TBase), typeName)] = registration };
        return new ModelExtensions(byType, byName);
    }

    /// <summary>True when nothing is registered: no extension writes into the canonical JSON.</summary>
    internal bool IsEmpty => _byType.Count == 0;

    internal Registration? ForType(Type type) => _byType.GetValueOrDefault(type);

    internal Registration? ForName(Type baseType, string name) => _byName.GetValueOrDefault((baseType, name));
}
