using System.Globalization;
using System.Text.Json.Nodes;
using Clem.Core.Json;

namespace Clem.Analysis.Data;

/// <summary>
/// The characteristics a Clem.NET run recorded for its models: every <c>experiment_&lt;name&gt;.json</c> holds
/// each player's resolved registry entry under <c>clem_net.players[i].model</c>, with a normalised
/// <c>characteristics</c> block (counts as numbers, access method, GGUF facts). Keyed by the pair directory,
/// the name the scores go by. clembench's own records (no <c>clem_net</c> block) give nothing.
/// </summary>
public static class RecordedCharacteristics
{
    public static List<ModelCharacteristics> Read(string dir, string runLabel, Diagnostics diag)
    {
        var found = new List<ModelCharacteristics>();
        if (!Directory.Exists(dir)) return found;
        var source = $"run records ({runLabel})";
        var firstFile = new Dictionary<string, (ModelCharacteristics Read, string File)>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(dir, "experiment_*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // <pair>/<game>/<experiment dir>/experiment_<name>.json
            var parts = Path.GetRelativePath(dir, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (parts.Length < 4) continue;
            var pair = parts[^4];
            JsonObject record;
            try { record = ClemJson.ReadObject(file); }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                diag.Warn($"{file}: not readable as an experiment record ({e.Message}); its model characteristics are not used");
                continue;
            }
            if (record["clem_net"]?["players"] is not JsonArray players) continue;
            var entries = players.Select(p => p?["model"] as JsonObject).OfType<JsonObject>().ToList();
            var names = entries.Select(e => e["model_name"]?.ToString() ?? "").Distinct(StringComparer.Ordinal).ToList();
            if (entries.Count == 0) continue;
            if (names.Count > 1)
            {
                diag.Warn($"'{pair}' pairs different models ({string.Join(", ", names)}): the run records' characteristics are not attributed to the pair");
                continue;
            }
            ModelCharacteristics c;
            try { c = FromEntry(entries[0], pair, source, file, diag); }
            catch (ClemUserException e)
            {
                diag.Warn($"{e.Message}; the recorded characteristics of '{pair}' are not used");
                continue;
            }
            if (firstFile.TryGetValue(pair, out var first))
            {
                var differ = first.Read.Conflicts(c);
                if (differ.Count > 0)
                    diag.Warn($"run records of '{pair}' disagree ({first.File} vs {file}: {string.Join("; ", differ)}); the first is used");
                continue;
            }
            firstFile[pair] = (c, file);
            found.Add(c);
        }
        return found;
    }

    /// <summary>A recorded model entry: its <c>characteristics</c> block first, then the top-level registry fields.</summary>
    public static ModelCharacteristics FromEntry(JsonObject entry, string name, string source, string at, Diagnostics diag)
    {
        var registry = CharacteristicsLoader.FromRegistryEntry(entry, name, source, at + ", clem_net.players[].model", diag);
        if (entry["characteristics"] is not JsonObject c) return registry;
        double? Num(string key) => c[key] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number ? ClemJson.AsDouble(v) : null;
        string? Text(string key) => c[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length > 0 ? s.Trim() : null;
        bool? Bool(string key) => c[key] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
        var where = at + ", characteristics";
        var bits = Num("quantisation_bits");
        var scheme = Text("quantisation_scheme");
        var recorded = new ModelCharacteristics
        {
            Name = name, Source = source,
            Provider = Text("provider"),
            ParametersB = Num("parameters") / 1e9,
            ActiveParametersB = Num("active_parameters") / 1e9,
            TrainingTokensT = Num("training_tokens") / 1e12,
            ReleaseDate = Quantities.Date(Text("release_date"), where + ", release_date"),
            // The registry's "128k" is recorded as 131072 tokens: report it in the registry's k again.
            ContextK = Num("context_size") is { } ctx ? (ctx % 1024 == 0 ? ctx / 1024 : ctx / 1000) : null,
            OpenWeights = Bool("open_weight"),
            InstructionTuned = Bool("instruction_tuned"),
            Multilingual = c["languages"] is JsonArray langs && langs.Count > 0 ? langs.Count > 1 : null,
            BaseModel = Text("base_model"),
            FineTuning = CharacteristicsLoader.FineTuning(null, Text("fine_tuning_data"), Text("fine_tuning_method"), where),
            Access = Text("access_method"),
            Quantisation = scheme ?? (bits is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b:0.#}-bit") : null),
            QuantBits = bits is { } qb ? (int)Math.Round(qb) : null,
            License = Text("license"),
        };
        return recorded.FillFrom(registry);
    }
}
