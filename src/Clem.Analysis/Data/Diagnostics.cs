namespace Clem.Analysis.Data;

/// <summary>Warnings (something the user should fix or know was left out) and notes collected while reading and analysing.</summary>
public sealed class Diagnostics
{
    readonly List<string> _warnings = [];
    readonly List<string> _notes = [];
    public IReadOnlyList<string> Warnings => _warnings;
    public IReadOnlyList<string> Notes => _notes;
    public void Warn(string message) { if (!_warnings.Contains(message)) _warnings.Add(message); }
    public void Note(string message) { if (!_notes.Contains(message)) _notes.Add(message); }
}
