using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Clem.Games.Text;

/// <summary>
/// A stopword list (membership test, as Python's <c>word in list</c>). Two English lists exist:
/// <see cref="ClemNet"/> — our own list, shipped inside this assembly — and NLTK's English list, which clembench's
/// taboo uses. NLTK's stopword corpus comes without a licence (nltk/nltk_data#149), so Clem.NET does not ship it:
/// <see cref="LoadNltkEnglish"/> reads it from an NLTK data installation or a file named by the caller or by
/// the CLEM_NLTK_STOPWORDS environment variable.
/// </summary>
public sealed class StopwordList
{
    public const string NltkFileVariable = "CLEM_NLTK_STOPWORDS";

    // SHA-256 of NLTK's English list as clembench v1.6 used it (179 words, file order, "\n"-joined): lets a run
    // say whether the list it found is the one that reproduces clembench's records (NLTK added words in 2025).
    const string NltkV16Sha256 = "2faef318155a30d7e91c39de3f51fde2eb44a3fe24e0adb0c504fd35c7add888";

    readonly HashSet<string> _words;

    StopwordList(string name, string source, IReadOnlyList<string> words)
    {
        Name = name;
        Source = source;
        Words = words;
        _words = new HashSet<string>(words, StringComparer.Ordinal);
    }

    public string Name { get; }

    /// <summary>Where the list came from (file path or "embedded").</summary>
    public string Source { get; }

    public IReadOnlyList<string> Words { get; }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>SHA-256 (hex) of the words in file order joined by "\n".</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Words))));

    /// <summary>True when this is NLTK's English list exactly as clembench v1.6 used it.</summary>
    public bool IsNltkV16 => Sha256 == NltkV16Sha256;

    static readonly Lazy<StopwordList> _clemNet = new(() =>
    {
        using var stream = typeof(StopwordList).Assembly.GetManifestResourceStream("Clem.Games.Text.stopwords-en-clemnet.txt")
            ?? throw new InvalidOperationException("embedded stopword list missing from Clem.Games");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new StopwordList("clem-net-english", "embedded", ParseLines(reader.ReadToEnd(), comments: true));
    });

    /// <summary>Clem.NET's own English function-word list (our game version's clue check).</summary>
    public static StopwordList ClemNet => _clemNet.Value;

    /// <summary>A list from a plain file (one word per line, as NLTK's corpus files).</summary>
    public static StopwordList FromFile(string name, string path)
    {
        if (!File.Exists(path)) throw new ClemUserException($"{path}: stopword list not found");
        return new StopwordList(name, path, ParseLines(File.ReadAllText(path, Encoding.UTF8), comments: false));
    }

    /// <summary>
    /// NLTK's English stopwords: from <paramref name="explicitPath"/> if given, else $CLEM_NLTK_STOPWORDS, else the
    /// places NLTK itself searches ($NLTK_DATA, ~/nltk_data, /usr/share/nltk_data, …; unzipped or stopwords.zip).
    /// </summary>
    public static StopwordList LoadNltkEnglish(string? explicitPath = null)
    {
        const string name = "nltk-english";
        if (!string.IsNullOrEmpty(explicitPath)) return FromFile(name, explicitPath);
        var env = Environment.GetEnvironmentVariable(NltkFileVariable);
        if (!string.IsNullOrEmpty(env)) return FromFile(name, env);
        foreach (var dir in NltkDataDirectories())
        {
            var file = Path.Combine(dir, "corpora", "stopwords", "english");
            if (File.Exists(file)) return FromFile(name, file);
            var zip = Path.Combine(dir, "corpora", "stopwords.zip");
            if (File.Exists(zip))
            {
                using var archive = ZipFile.OpenRead(zip);
                if (archive.GetEntry("stopwords/english") is { } entry)
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    return new StopwordList(name, zip + "!stopwords/english", ParseLines(reader.ReadToEnd(), comments: false));
                }
            }
        }
        throw new ClemUserException(
            "taboo with clembench's settings needs NLTK's English stopword list, which Clem.NET does not ship (it has no licence). " +
            $"Set {NltkFileVariable} to the file (nltk_data/corpora/stopwords/english) or install it with " +
            "'python3 -m nltk.downloader stopwords'.");
    }

    static IEnumerable<string> NltkDataDirectories()
    {
        var nltkData = Environment.GetEnvironmentVariable("NLTK_DATA");
        if (!string.IsNullOrEmpty(nltkData))
            foreach (var d in nltkData.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)) yield return d;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(home)) yield return Path.Combine(home, "nltk_data");
        foreach (var d in new[] { "/usr/share/nltk_data", "/usr/local/share/nltk_data", "/usr/lib/nltk_data", "/usr/local/lib/nltk_data" })
            yield return d;
    }

    static List<string> ParseLines(string text, bool comments) =>
        text.Split('\n')
            .Select(l => l.TrimEnd('\r').Trim())
            .Where(l => l.Length > 0 && !(comments && l.StartsWith('#')))
            .ToList();
}
