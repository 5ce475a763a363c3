using System.Text;
using System.Text.RegularExpressions;

namespace Clem.Backends.LlamaCpp;

/// <summary>One tensor's header in a GGUF file.</summary>
public sealed record GgufTensor(string Name, ulong[] Shape, int Type)
{
    public ulong Elements => Shape.Aggregate(1UL, (a, d) => a * d);
}

/// <summary>A metadata array too long to keep (tokenizer vocabularies): its element type and length.</summary>
public sealed record GgufArraySummary(int ElementType, ulong Count);

/// <summary>
/// Reads a GGUF file's header (metadata and tensor infos, not the weights) without the native library, so that
/// characteristics — parameter count, file type (quantisation), context length, chat template — are known for
/// listings and run records. Format: github.com/ggml-org/ggml docs/gguf.md (versions 2 and 3).
/// </summary>
public sealed partial class GgufFile
{
    const uint Magic = 0x46554747; // "GGUF" little-endian
    const int KeepArraysUpTo = 64;

    GgufFile(string path) => Path = path;

    public string Path { get; }
    public uint Version { get; private set; }
    public IReadOnlyDictionary<string, object> Metadata { get; private set; } = new Dictionary<string, object>();
    public IReadOnlyList<GgufTensor> Tensors { get; private set; } = [];
    public long FileSize { get; private set; }
    public long DataOffset { get; private set; }

    public static GgufFile Read(string path)
    {
        var file = new GgufFile(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            file.Parse(reader);
            file.FileSize = stream.Length;
        }
        catch (EndOfStreamException) { throw new ClemUserException($"{path}: GGUF file is truncated"); }
        catch (IOException e) when (e is not EndOfStreamException) { throw new ClemUserException($"{path}: cannot read GGUF file: {e.Message}", e); }
        return file;
    }

    void Parse(BinaryReader r)
    {
        if (r.BaseStream.Length < 8 || r.ReadUInt32() != Magic) throw new ClemUserException($"{Path}: not a GGUF file (bad magic)");
        Version = r.ReadUInt32();
        if (Version is < 2 or > 3) throw new ClemUserException($"{Path}: unsupported GGUF version {Version} (2 and 3 are supported)");
        var tensorCount = r.ReadUInt64();
        var kvCount = r.ReadUInt64();
        var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
        for (ulong i = 0; i < kvCount; i++)
        {
            var key = ReadString(r);
            metadata[key] = ReadValue(r, r.ReadInt32());
        }
        var tensors = new List<GgufTensor>((int)Math.Min(tensorCount, 100_000));
        for (ulong i = 0; i < tensorCount; i++)
        {
            var name = ReadString(r);
            var dims = r.ReadUInt32();
            if (dims > 8) throw new ClemUserException($"{Path}: tensor '{name}' has {dims} dimensions (corrupt file?)");
            var shape = new ulong[dims];
            for (int d = 0; d < dims; d++) shape[d] = r.ReadUInt64();
            var type = r.ReadInt32();
            r.ReadUInt64(); // offset within the data section
            tensors.Add(new GgufTensor(name, shape, type));
        }
        var alignment = metadata.TryGetValue("general.alignment", out var a) ? Convert.ToInt64(a) : 32;
        DataOffset = (r.BaseStream.Position + alignment - 1) / alignment * alignment;
        Metadata = metadata;
        Tensors = tensors;
    }

    static string ReadString(BinaryReader r)
    {
        var length = r.ReadUInt64();
        if (length > int.MaxValue) throw new EndOfStreamException();
        return Encoding.UTF8.GetString(r.ReadBytes((int)length));
    }

    static object ReadValue(BinaryReader r, int type) => type switch
    {
        0 => r.ReadByte(),
        1 => r.ReadSByte(),
        2 => r.ReadUInt16(),
        3 => r.ReadInt16(),
        4 => r.ReadUInt32(),
        5 => r.ReadInt32(),
        6 => r.ReadSingle(),
        7 => r.ReadByte() != 0,
        8 => ReadString(r),
        9 => ReadArray(r),
        10 => r.ReadUInt64(),
        11 => r.ReadInt64(),
        12 => r.ReadDouble(),
        _ => throw new ClemUserException($"unknown GGUF metadata value type {type}"),
    };

    static object ReadArray(BinaryReader r)
    {
        var elementType = r.ReadInt32();
        var count = r.ReadUInt64();
        if (count <= KeepArraysUpTo)
        {
            var items = new object[count];
            for (ulong i = 0; i < count; i++) items[i] = ReadValue(r, elementType);
            return items;
        }
        var fixedSize = elementType switch { 0 or 1 or 7 => 1, 2 or 3 => 2, 4 or 5 or 6 => 4, 10 or 11 or 12 => 8, _ => 0 };
        if (fixedSize > 0) r.BaseStream.Seek((long)count * fixedSize, SeekOrigin.Current);
        else for (ulong i = 0; i < count; i++) ReadValue(r, elementType);
        return new GgufArraySummary(elementType, count);
    }

    public string? String(string key) => Metadata.TryGetValue(key, out var v) ? v as string : null;

    public long? Integer(string key) => Metadata.TryGetValue(key, out var v) && v is byte or sbyte or short or ushort or int or uint or long or ulong ? Convert.ToInt64(v) : null;

    public string? Architecture => String("general.architecture");
    public string? ModelName => String("general.name");
    public string? ChatTemplate => String("tokenizer.chat_template");
    public long? ContextLength => Architecture is { } arch ? Integer($"{arch}.context_length") : null;
    public long? FileType => Integer("general.file_type");

    /// <summary>Total parameters: the elements of every tensor (what llama.cpp's llama_model_n_params counts).</summary>
    public ulong ParameterCount => Tensors.Aggregate(0UL, (sum, t) => sum + t.Elements);

    /// <summary>Average bits per weight of the tensor data.</summary>
    public double? BitsPerWeight => ParameterCount == 0 ? null : Math.Round((FileSize - DataOffset) * 8.0 / ParameterCount, 2);

    /// <summary>
    /// The quantisation scheme: llama.cpp's name of general.file_type (e.g. 15 → "Q4_K_M"), or — for files that
    /// do not declare one — the tensor type that holds most weights (e.g. "F32").
    /// </summary>
    public string QuantisationScheme => FileType is { } ft ? FileTypeName(ft) : TensorTypeName(DominantTensorType());

    int DominantTensorType() =>
        Tensors.GroupBy(t => t.Type).OrderByDescending(g => g.Aggregate(0UL, (s, t) => s + t.Elements)).Select(g => g.Key).FirstOrDefault();

    /// <summary>Nominal bits of a scheme: "Q4_K_M" → 4, "IQ2_XS" → 2, "F16"/"BF16" → 16, "F32" → 32.</summary>
    public static double? NominalBits(string scheme)
    {
        var m = BitsPattern().Match(scheme);
        if (!m.Success) return null;
        var digits = m.Groups.Values.Skip(1).First(g => g.Success).Value;
        return double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:[IT]?Q(\d)|B?F(\d+)|MXFP(\d))", RegexOptions.CultureInvariant)]
    private static partial Regex BitsPattern();

    /// <summary>llama.cpp's llama_ftype names (LLamaSharp's LLamaFtype without the MOSTLY_/ALL_ prefix).</summary>
    public static string FileTypeName(long fileType)
    {
        var name = Enum.GetName(typeof(LLama.Native.LLamaFtype), (int)fileType);
        if (name == null) return $"ftype_{fileType}";
        foreach (var prefix in new[] { "LLAMA_FTYPE_MOSTLY_", "LLAMA_FTYPE_ALL_", "MOSTLY_", "ALL_" })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return name[prefix.Length..];
        return name;
    }

    /// <summary>ggml tensor type names (ggml.h enum ggml_type).</summary>
    public static string TensorTypeName(int type) => type switch
    {
        0 => "F32", 1 => "F16", 2 => "Q4_0", 3 => "Q4_1", 6 => "Q5_0", 7 => "Q5_1", 8 => "Q8_0", 9 => "Q8_1",
        10 => "Q2_K", 11 => "Q3_K", 12 => "Q4_K", 13 => "Q5_K", 14 => "Q6_K", 15 => "Q8_K",
        16 => "IQ2_XXS", 17 => "IQ2_XS", 18 => "IQ3_XXS", 19 => "IQ1_S", 20 => "IQ4_NL", 21 => "IQ3_S", 22 => "IQ2_S",
        23 => "IQ4_XS", 24 => "I8", 25 => "I16", 26 => "I32", 27 => "I64", 28 => "F64", 29 => "IQ1_M", 30 => "BF16",
        34 => "TQ1_0", 35 => "TQ2_0", 39 => "MXFP4",
        _ => $"type_{type}",
    };
}
