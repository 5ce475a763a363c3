using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Clem.Core.Json;

namespace Clem.Analysis.Data;

/// <summary>
/// Reads model characteristics from a sheet (.csv, e.g. the study's model_characteristics.csv with its
/// header quirks), a model registry (.json, clembench v1 or v2 entries plus optional extra fields) or the
/// study's group config (.yaml: families and versions).
/// </summary>
public static partial class CharacteristicsLoader
{
    public static List<ModelCharacteristics> Load(string path, Diagnostics diag)
    {
        if (!File.Exists(path)) throw new ClemUserException($"{path}: no such model characteristics file");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".csv" => FromCsv(CsvTable.Read(path), diag),
            ".json" => FromRegistry(path, diag),
            ".yaml" or ".yml" => FromStudyConfig(path, diag),
            _ => throw new ClemUserException($"{path}: unknown characteristics format (expected .csv sheet, model_registry .json or study config .yaml)"),
        };
    }

    // ---- CSV sheet -------------------------------------------------------------------------------

    enum Col { Name, Provider, Params, Active, Training, Release, Cutoff, Context, Commercial, Open, Multilingual, Multimodal, Base, Tuning, Family, Access, Quant, Weights, License }

    static Col? Classify(string h) => h switch
    {
        "model name" or "model" or "model_name" or "name" => Col.Name,
        "model provider" or "provider" => Col.Provider,
        _ when h.Contains("active") && h.StartsWith("param", StringComparison.Ordinal) => Col.Active,
        _ when h.StartsWith("param", StringComparison.Ordinal) => Col.Params,
        _ when h.StartsWith("training", StringComparison.Ordinal) => Col.Training,
        _ when h.StartsWith("release", StringComparison.Ordinal) => Col.Release,
        _ when h.StartsWith("cut-off", StringComparison.Ordinal) || h.StartsWith("cutoff", StringComparison.Ordinal) => Col.Cutoff,
        _ when h.StartsWith("context", StringComparison.Ordinal) => Col.Context,
        "commercial" => Col.Commercial,
        _ when h.StartsWith("open weight", StringComparison.Ordinal) || h.StartsWith("open_weight", StringComparison.Ordinal) => Col.Open,
        "multilingual" => Col.Multilingual,
        "multimodal" or "multimodality" => Col.Multimodal,
        _ when h.StartsWith("base model", StringComparison.Ordinal) || h == "base_model" => Col.Base,
        _ when h.Contains("tuning data") || h is "fine_tuning" or "fine-tuning" or "finetuning" => Col.Tuning,
        "family" => Col.Family,
        "access" or "backend" => Col.Access,
        "quantisation" or "quantization" or "precision" => Col.Quant,
        "weights" or "same_weights_as" => Col.Weights,
        "license" or "licence" => Col.License,
        _ => null,
    };

    internal static List<ModelCharacteristics> FromCsv(CsvTable t, Diagnostics diag)
    {
        var cols = new Dictionary<Col, int>();
        var units = new Dictionary<Col, double>();
        for (int i = 0; i < t.Header.Count; i++)
        {
            var h = CsvTable.NormalizeHeader(t.Header[i]);
            if (Classify(h) is not { } c) { if (h.Length > 0) diag.Note($"{t.Path}: column '{t.Header[i].Trim()}' is not used"); continue; }
            if (cols.ContainsKey(c)) { diag.Warn($"{t.Path}: column '{t.Header[i].Trim()}' repeats a column already read; ignored"); continue; }
            cols[c] = i;
            units[c] = h.Contains("million") ? 1e6 : h.Contains("billion") ? 1e9 : h.Contains("trillion") ? 1e12 : h.Contains("thousand") ? 1e3 : 0;
        }
        if (!cols.TryGetValue(Col.Name, out var nameCol))
            throw new ClemUserException($"{t.Path}: no model name column (expected 'Model Name' or 'model_name')");
        string Get(string[] row, Col c) => cols.TryGetValue(c, out var i) ? CsvTable.Cell(row, i).Trim() : "";
        double Unit(Col c, double fallback) => units.GetValueOrDefault(c) is var u && u > 0 ? u : fallback;
        var list = new List<ModelCharacteristics>();
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var row = t.Rows[r];
            var name = CsvTable.Cell(row, nameCol).Trim();
            if (name.Length == 0) continue;
            var at = $"{t.Path}, row {r + 2} ({name})";
            bool? commercial = Quantities.Bool(Get(row, Col.Commercial), at + ", Commercial");
            var quant = NonEmpty(Get(row, Col.Quant));
            list.Add(new ModelCharacteristics
            {
                Name = name, Source = Path.GetFileName(t.Path),
                Provider = NonEmpty(Get(row, Col.Provider)),
                ParametersB = Quantities.Parse(Get(row, Col.Params), Unit(Col.Params, 1e9), at + ", parameters") is { } p ? p * Unit(Col.Params, 1e9) / 1e9 : null,
                ActiveParametersB = Quantities.Parse(Get(row, Col.Active), Unit(Col.Active, 1e9), at + ", active parameters") is { } a ? a * Unit(Col.Active, 1e9) / 1e9 : null,
                TrainingTokensT = Quantities.Parse(Get(row, Col.Training), Unit(Col.Training, 1e12), at + ", training data") is { } d ? d * Unit(Col.Training, 1e12) / 1e12 : null,
                ReleaseDate = Quantities.Date(Get(row, Col.Release), at + ", release date"),
                CutoffDate = Quantities.Date(Get(row, Col.Cutoff), at + ", cut-off date"),
                ContextK = Quantities.Parse(Get(row, Col.Context), Unit(Col.Context, 1e3), at + ", context") is { } k ? k * Unit(Col.Context, 1e3) / 1e3 : null,
                OpenWeights = Quantities.Bool(Get(row, Col.Open), at + ", open weights") ?? (commercial is { } cm ? !cm : null),
                Multilingual = Quantities.Bool(Get(row, Col.Multilingual), at + ", multilingual"),
                Multimodal = Quantities.Bool(Get(row, Col.Multimodal), at + ", multimodal"),
                BaseModel = NonEmpty(Get(row, Col.Base)),
                FineTuning = NonEmpty(Get(row, Col.Tuning)),
                Family = NonEmpty(Get(row, Col.Family)),
                Access = NonEmpty(Get(row, Col.Access)),
                Quantisation = quant,
                QuantBits = quant == null ? null : BitsOf(quant),
                Weights = NonEmpty(Get(row, Col.Weights)),
                License = NonEmpty(Get(row, Col.License)),
            });
        }
        return list;
    }

    static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    static int? BitsOf(string quant)
    {
        var q = quant.Trim().ToLowerInvariant();
        if (q is "awq" or "gptq") return 4;
        if (q is "none" or "bf16" or "fp16" or "f16" or "full") return 16;
        var m = Digits().Match(q);
        return m.Success ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // ---- model_registry.json ---------------------------------------------------------------------

    /// <summary>
    /// clembench registry entries: <c>model_name</c>, <c>backend</c> (→ access); v2 adds <c>release_date</c>,
    /// <c>open_weight</c>, <c>parameters</c> ("70B"), <c>context_size</c> ("128k"), <c>license</c> {name}. Extra
    /// characteristic fields are read at the top level or inside <c>model_config</c>: <c>parameters_total</c>,
    /// <c>parameters_active</c>, <c>training_tokens</c> ("15T" or trillions), <c>base_model</c>,
    /// <c>fine_tuning</c>, <c>quantisation</c>/<c>quantization</c> ("Q4_K_M" or {bits, scheme}),
    /// <c>provider</c>, <c>access</c>, <c>family</c>, <c>weights</c>.
    /// </summary>
    internal static List<ModelCharacteristics> FromRegistry(string path, Diagnostics diag)
    {
        JsonNode? root;
        try { root = ClemJson.ReadFile(path); }
        catch (System.Text.Json.JsonException e) { throw new ClemUserException(e.Message, e); }
        var entries = root switch
        {
            JsonArray a => a,
            JsonObject o when o["models"] is JsonArray a => a,
            _ => throw new ClemUserException($"{path}: expected a JSON array of registry entries (or an object with a \"models\" array)"),
        };
        var list = new List<ModelCharacteristics>();
        var file = Path.GetFileName(path);
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not JsonObject e) throw new ClemUserException($"{path}: entry {i} is not an object");
            var name = Str(e, "model_name") ?? throw new ClemUserException($"{path}: entry {i} has no model_name");
            var at = $"{path}, entry {i} ({name})";
            var cfg = e["model_config"] as JsonObject;
            string? Field(string key) => Str(e, key) ?? (cfg == null ? null : Str(cfg, key));
            JsonNode? Node(string key) => e[key] ?? cfg?[key];
            var (quant, bits) = Quant(Node("quantisation") ?? Node("quantization"), at);
            var parameters = Field("parameters_total") ?? Field("parameters");
            if (parameters != null && parameters.Contains('x', StringComparison.OrdinalIgnoreCase))
            {
                diag.Warn($"{at}: parameters '{parameters}' (a mixture of experts) is not a total; give parameters_total — size left unknown");
                parameters = null;
            }
            list.Add(new ModelCharacteristics
            {
                Name = name, Source = file,
                Provider = Field("provider"),
                ParametersB = Quantities.Parse(parameters, 1e9, at + ", parameters"),
                ActiveParametersB = Quantities.Parse(Field("parameters_active"), 1e9, at + ", parameters_active"),
                TrainingTokensT = Quantities.Parse(Field("training_tokens"), 1e12, at + ", training_tokens"),
                ReleaseDate = Quantities.Date(Field("release_date"), at + ", release_date"),
                ContextK = Quantities.Parse(Field("context_size"), 1e3, at + ", context_size"),
                OpenWeights = Node("open_weight") is JsonValue ov && ov.TryGetValue<bool>(out var open) ? open : Quantities.Bool(Field("open_weight"), at + ", open_weight"),
                BaseModel = Field("base_model"),
                FineTuning = Field("fine_tuning"),
                Family = Field("family"),
                Access = Field("access") ?? Field("backend"),
                Quantisation = quant, QuantBits = bits,
                Weights = Field("weights"),
                License = (e["license"] as JsonObject) is { } lic ? Str(lic, "name") : Str(e, "license"),
            });
        }
        return list;
    }

    static string? Str(JsonObject o, string key) => o[key] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => NonEmpty(s),
        JsonValue v when ClemJson.AsDouble(v) is { } d && v.GetValueKind() == System.Text.Json.JsonValueKind.Number => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    static (string?, int?) Quant(JsonNode? node, string at)
    {
        switch (node)
        {
            case null: return (null, null);
            case JsonObject o:
                int? bits = ClemJson.AsDouble(o["bits"]) is { } b ? (int)b : null;
                var scheme = Str(o, "scheme") ?? Str(o, "name") ?? Str(o, "method");
                return (scheme ?? (bits is { } bb ? $"{bb}-bit" : null), bits ?? (scheme == null ? null : BitsOf(scheme)));
            case JsonValue v when v.TryGetValue<string>(out var s) && NonEmpty(s) is { } q: return (q, BitsOf(q));
            case JsonValue v when ClemJson.AsDouble(v) is { } n: return ($"{(int)n}-bit", (int)n);
            default: throw new ClemUserException($"{at}: quantisation must be a string like \"Q4_K_M\" or an object {{\"bits\": 4, \"scheme\": \"Q4_K_M\"}}");
        }
    }

    // ---- the study's model_config.yaml -----------------------------------------------------------

    [GeneratedRegex(@"^(?<indent>\s*)-\s+(?<group>[^:#]+):\s*(#.*)?$")]
    private static partial Regex GroupLine();

    [GeneratedRegex(@"^\s*-\s+-\s+name:\s*(?<v>[^#]*)")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\s*value:\s*(?<v>[^#]*)")]
    private static partial Regex ValueLine();

    /// <summary>
    /// The study's group file: top-level sections (<c>family</c>, <c>versions</c>, <c>additional</c>,
    /// <c>quantization</c>, <c>further_finetuned</c>) holding named groups of <c>- - name: … value: …</c>
    /// items. Family-like sections set a model's family and its label in that family (first wins);
    /// quantisation and fine-tuning groups are derived from names and characteristics instead.
    /// </summary>
    internal static List<ModelCharacteristics> FromStudyConfig(string path, Diagnostics diag)
    {
        var list = new List<ModelCharacteristics>();
        string? section = null, group = null, pendingName = null;
        var file = Path.GetFileName(path);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                section = line.Split(':')[0].Trim();
                group = null;
                continue;
            }
            if (NameLine().Match(line) is { Success: true } n) { pendingName = n.Groups["v"].Value.Trim(); continue; }
            if (ValueLine().Match(line) is { Success: true } v && pendingName != null)
            {
                if (section is "family" or "versions" or "additional" && group != null
                    && !list.Any(c => c.Key == ModelNames.Key(pendingName)))
                    list.Add(new ModelCharacteristics { Name = pendingName, Source = file, Family = group, FamilyLabel = v.Groups["v"].Value.Trim() });
                pendingName = null;
                continue;
            }
            if (GroupLine().Match(line) is { Success: true } g) { group = g.Groups["group"].Value.Trim(); continue; }
            throw new ClemUserException($"{path}, line {lineNo}: not understood (expected '- group:', '- - name: …' or 'value: …')");
        }
        if (list.Count == 0) throw new ClemUserException($"{path}: no family/versions groups found");
        diag.Note($"{file}: families and versions read; its quantization and further_finetuned groups are derived from model names and the characteristics' base-model column instead");
        return list;
    }
}
