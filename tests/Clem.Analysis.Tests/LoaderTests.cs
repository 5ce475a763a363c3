using Clem.Analysis.Data;
using Clem.Testing;
using Xunit;

namespace Clem.Analysis.Tests;

public class LoaderTests
{
    [Fact]
    public void StudySheetIsReadWithItsHeaderQuirks()
    {
        var run = ResultsLoader.Load(Study.Sheet);
        Assert.Equal("study sheet", run.Kind);
        Assert.Equal(55, run.Models.Count);
        var m = run.Models.Single(x => x.Display == "meta-llama-3-8b-instruct-gguf-q4");
        Assert.Equal(11.75, m.Clemscore);
        Assert.Equal("llama.cpp", m.BackendHint); // column header "Backend " has a trailing space
        Assert.Equal(0.56, m.Games["referencegame"].PercentPlayed);
        Assert.Equal(7, m.Games.Count);
        Assert.Contains("meta-llama-3-8b-instruct-gguf-q4-t0.0--meta-llama-3-8b-instruct-gguf-q4-t0.0", m.Aliases);
    }

    [Fact]
    public void ClembenchResultsTableIsRead()
    {
        var run = ResultsLoader.Load(Study.V16);
        Assert.Equal("results table", run.Kind);
        Assert.Equal("v1.6", run.Label);
        Assert.Equal(68, run.Models.Count);
        var gpt = run.Models.Single(x => x.Display == "gpt-4o-2024-08-06");
        Assert.Equal(8, gpt.Games.Count); // includes the non-benchmark cloudgame
        Assert.Equal(87.5, gpt.PercentPlayed);
        Assert.Null(gpt.Episodes);
    }

    [Fact]
    public void RawCsvGivesEpisodesAndClembenchsTable()
    {
        var dir = SharedData.Clembench("runs-e9a80005");
        var run = ResultsLoader.Load(dir);
        Assert.Equal("raw.csv", run.Kind);
        var c4ai = run.Models.Single(x => x.Display == "c4ai-command-r-08-2024");
        Assert.Equal(420, c4ai.Episodes!.Count);
        // The evaluator's own results.csv for the same episodes.
        var table = ResultsLoader.Load(Path.Combine(dir, "results.csv")).Models.ToDictionary(x => x.Key);
        foreach (var m in run.Models)
        {
            var t = table[m.Key];
            Assert.Equal(t.Clemscore, m.Clemscore);
            Assert.Equal(t.PercentPlayed, m.PercentPlayed);
            Assert.Equal(t.Quality, m.Quality);
            foreach (var (game, g) in t.Games) Assert.Equal(g, m.Games[game]);
        }
        Assert.Equal(26.4, c4ai.Clemscore);
    }

    [Fact]
    public void ScoresJsonTreeIsReadWhenThereIsNoRawCsv()
    {
        var run = ResultsLoader.Load(SharedData.Clembench("clemeval/runs"));
        Assert.Equal("scores.json tree", run.Kind);
        var m = Assert.Single(run.Models);
        Assert.Equal(817, m.Episodes!.Count);
        // clembench's golden results for this fixture.
        Assert.Equal((28.09, 56.8, 49.46), (m.Clemscore, m.PercentPlayed, m.Quality));
        Assert.Equal(new GameScore(93.33, 31.85, 40.49), m.Games["taboo"]);
        Assert.Equal(3.33, m.Games["wordle_withcritic"].PercentPlayed);
        Assert.Equal(14, m.Games.Count);
        // Every per-game cell of the fixture's golden results.csv.
        var golden = Assert.Single(ResultsLoader.Load(SharedData.Clembench("clemeval/golden_results.csv")).Models);
        Assert.Equal(golden.Games.Keys, m.Games.Keys);
        foreach (var (game, g) in golden.Games) Assert.Equal(g, m.Games[game]);
    }

    [Fact]
    public void BothCharacteristicsSheetsAgree()
    {
        var diag = new Diagnostics();
        var a = CharacteristicsLoader.Load(Study.Characteristics, diag).ToDictionary(c => c.Key);
        var b = CharacteristicsLoader.Load(Study.CharacteristicsOld, diag).ToDictionary(c => c.Key);
        Assert.Equal(45, a.Count);
        var llama = a["meta-llama-3-8b-instruct-hf"]; // written with a trailing space
        Assert.Equal((8.0, 15.0), (llama.ParametersB, llama.TrainingTokensT));
        Assert.Equal(new DateOnly(2024, 4, 1), llama.ReleaseDate);
        Assert.True(llama.OpenWeights);
        Assert.False(a["gpt-4-0613"].OpenWeights);
        Assert.Equal(1760, a["gpt-4-0613"].ParametersB);
        Assert.Equal("llama-2-70b-hf", a["tulu-2-dpo-70b"].BaseModel);
        Assert.Equal(1048, a["gemini-1.5-pro-latest"].ContextK);
        // The older copy breaks its headers over lines ("Parameter Size \n(in Billions)"): same values.
        foreach (var (key, c) in a.Where(p => b.ContainsKey(p.Key)))
        {
            Assert.Equal(c.ParametersB, b[key].ParametersB);
            Assert.Equal(c.TrainingTokensT, b[key].TrainingTokensT);
        }
    }

    [Fact]
    public void ModelRegistryEntriesAreReadLeniently()
    {
        var dir = SharedData.TempDir("clem-analysis");
        var path = Path.Combine(dir, "model_registry.json");
        File.WriteAllText(path, """
        [
          {"model_name": "Meta-Llama-3-70B-Instruct-hf", "backend": "huggingface_local", "huggingface_id": "meta-llama/Meta-Llama-3-70B-Instruct",
           "release_date": "2024-04-18", "open_weight": true, "parameters": "70B", "context_size": "8k", "license": {"name": "Meta Llama 3", "url": "x"},
           "model_config": {"premade_chat_template": true, "training_tokens": "15T"}},
          {"model_name": "llama-3-70b-q4", "backend": "llamacpp", "parameters_total": 70, "quantisation": {"bits": 4, "scheme": "Q4_K_M"},
           "weights": "Meta-Llama-3-70B-Instruct-hf", "fine_tuning": "none", "base_model": "Meta-Llama-3-70B"},
          {"model_name": "mixtral-8x7b", "backend": "openai_compatible", "parameters": "8x7B", "parameters_active": "13B"},
          {"model_name": "gpt-4o", "backend": "openai", "open_weight": false, "parameters": ""}
        ]
        """);
        var diag = new Diagnostics();
        var list = CharacteristicsLoader.Load(path, diag).ToDictionary(c => c.Name);
        var hf = list["Meta-Llama-3-70B-Instruct-hf"];
        Assert.Equal((70.0, 15.0, 8.0), (hf.ParametersB, hf.TrainingTokensT, hf.ContextK));
        Assert.Equal(new DateOnly(2024, 4, 18), hf.ReleaseDate);
        Assert.Equal("huggingface_local", hf.Access);
        Assert.Equal("Meta Llama 3", hf.License);
        var q4 = list["llama-3-70b-q4"];
        Assert.Equal(("Q4_K_M", 4), (q4.Quantisation, q4.QuantBits));
        Assert.Equal("Meta-Llama-3-70B-Instruct-hf", q4.Weights);
        Assert.Null(list["mixtral-8x7b"].ParametersB);
        Assert.Equal(13, list["mixtral-8x7b"].ActiveParametersB);
        Assert.Contains(diag.Warnings, w => w.Contains("8x7B") && w.Contains("parameters_total"));
        Assert.False(list["gpt-4o"].OpenWeights);
        Assert.Null(list["gpt-4o"].ParametersB);
    }

    [Fact]
    public void StudyConfigGivesFamilies()
    {
        var diag = new Diagnostics();
        var list = CharacteristicsLoader.Load(Study.Config, diag);
        var llama3 = list.Single(c => c.Key == "meta-llama-3-8b-instruct-hf");
        Assert.Equal(("llama", "3-8b"), (llama3.Family, llama3.FamilyLabel));
        Assert.Contains(list, c => c.Family == "qwen" && c.FamilyLabel == "72b");
        Assert.Single(list, c => c.Key == "gpt-4-0613"); // listed under family and versions: first wins
    }

    [Fact]
    public void BadInputNamesTheFileAndTheProblem()
    {
        var dir = SharedData.TempDir("clem-analysis");
        var missing = Path.Combine(dir, "nope.csv");
        Assert.Contains("nope.csv", Assert.Throws<ClemUserException>(() => ResultsLoader.Load(missing)).Message);
        var bad = Path.Combine(dir, "results.csv");
        File.WriteAllText(bad, ",\"-, clemscore\",\"all, Average % Played\",\"all, Average Quality Score\"\nm-t0.0--m-t0.0,abc,1,2\n");
        var e = Assert.Throws<ClemUserException>(() => ResultsLoader.Load(bad));
        Assert.Contains("results.csv, row 2", e.Message);
        Assert.Contains("'abc'", e.Message);
        var chars = Path.Combine(dir, "chars.csv");
        File.WriteAllText(chars, "Model Name,Parameter Size (in billions)\nx,seventy\n");
        Assert.Contains("seventy", Assert.Throws<ClemUserException>(() => CharacteristicsLoader.Load(chars, new Diagnostics())).Message);
        var empty = Path.Combine(dir, "empty");
        Directory.CreateDirectory(empty);
        Assert.Contains("no raw.csv", Assert.Throws<ClemUserException>(() => ResultsLoader.Load(empty)).Message);
    }

    [Fact]
    public void CsvHandlesQuotedLineBreaksAndDoubledQuotes()
    {
        var rows = CsvTable.Parse("a,\"b\nc\",\"d \"\"e\"\"\"\r\n1,2,3", "x");
        Assert.Equal(["a", "b\nc", "d \"e\""], rows[0]);
        Assert.Equal(["1", "2", "3"], rows[1]);
        Assert.Equal("parameter size (in billions)", CsvTable.NormalizeHeader("Parameter Size \n(in Billions)"));
    }
}
