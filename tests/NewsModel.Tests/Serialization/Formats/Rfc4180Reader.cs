using System.Text;

namespace NewsModel.Tests.Serialization.Formats;

/// <summary>
/// A CSV reader written from RFC 4180's grammar for the tests, independent of the writer: records end with CR LF
/// (or LF), a field in double quotes may hold commas, line breaks and doubled quotes. Malformed input throws, so
/// a writer bug cannot be read back into the right fields by accident.
/// </summary>
internal static class Rfc4180Reader
{
    public static List<List<string>> Read(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length) throw new FormatException("A quoted field is not closed.");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(csv[i++]);
                }
                if (i < csv.Length && csv[i] is not (',' or '\r' or '\n')) throw new FormatException($"Text after a closing quote at {i}.");
            }
            else
            {
                while (i < csv.Length && csv[i] is not (',' or '\r' or '\n'))
                {
                    if (csv[i] == '"') throw new FormatException($"A quote inside an unquoted field at {i}.");
                    field.Append(csv[i++]);
                }
            }
            record.Add(field.ToString());
            field.Clear();
            if (i >= csv.Length) break;
            if (csv[i] == ',')
            {
                i++;
                continue;
            }
            if (csv[i] == '\r')
            {
                if (i + 1 >= csv.Length || csv[i + 1] != '\n') throw new FormatException($"A bare CR at {i}.");
                i++;
            }
            i++;
            records.Add(record);
            record = [];
        }
        if (record.Count > 0) records.Add(record);
        return records;
    }
}
