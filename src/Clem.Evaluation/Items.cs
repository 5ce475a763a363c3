using Clem.Evaluation.Scores;

namespace Clem.Evaluation;

/// <summary>What a walk entry turned into (prepared off the consumer thread, handled in walk order).</summary>
abstract record Item(string Path);

/// <summary>A selected scores file: its scores, or why it cannot be used.</summary>
sealed record ScoresItem(string Path, EpisodeKey Key, EpisodeScores? Scores, ClemUserException? Failure) : Item(Path);

sealed record EpisodeDirItem(string Path, EpisodeKey Key, bool HasScores, (EpisodeErrorKind Kind, string Description)? Error) : Item(Path);

/// <summary>A scores file outside the -g/-m selection (Problem null) or one that cannot be keyed.</summary>
sealed record OtherItem(string Path, string? Problem) : Item(Path);
