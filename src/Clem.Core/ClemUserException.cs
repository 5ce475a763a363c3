namespace Clem;

/// <summary>
/// A problem with what the user gave us (a file, a name, an option) rather than a bug: the CLI prints
/// the message alone, without a stack trace. Messages name the file or value and say what is wrong.
/// </summary>
public class ClemUserException(string message, Exception? inner = null) : Exception(message, inner);
