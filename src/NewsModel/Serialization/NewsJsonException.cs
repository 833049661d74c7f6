using System.Text.Json;

namespace NewsModel.Serialization;

/// <summary>
/// The one exception <see cref="NewsJson"/> throws for JSON it cannot read: malformed, truncated, wrong-typed,
/// of an unknown schema version, too deep, or naming a type that was not registered. <see cref="JsonException.Path"/>
/// names where (<c>$.statements[3].kind</c>); the message says what was wrong.
/// </summary>
public sealed class NewsJsonException : JsonException
{
    /// <summary>Creates the exception.</summary>
    public NewsJsonException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NewsJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public NewsJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for <paramref name="path"/>; the message starts with the path.</summary>
    public NewsJsonException(string message, string path, Exception? innerException = null)
        : base($"{path}: {message}", path, null, null, innerException)
    {
    }

    /// <summary>For a document inside a larger input (a JSON Lines line): the message is taken as it is.</summary>
    internal NewsJsonException(string message, string path, long lineNumber, Exception? innerException)
        : base(message, path, lineNumber, null, innerException)
    {
    }
}
