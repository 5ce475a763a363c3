using LLama.Native;

namespace Clem.Backends.LlamaCpp;

/// <summary>
/// Loads llama.cpp (LLamaSharp's native library) once, with its log routed here instead of stderr: the
/// benchmark's output stays readable, and warnings/errors can be attached to our own error messages
/// (e.g. why the quantiser refused a type). Set CLEM_LLAMA_LOG=1 to see the native log.
/// </summary>
public static class LlamaNative
{
    static readonly object Gate = new();
    static readonly NativeLogConfig.LLamaLogCallback Callback = OnLog; // kept alive: native code holds it
    static bool _loaded;
    static List<string>? _capture;

    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_loaded) return;
            try
            {
                if (!NativeLibraryConfig.LLama.LibraryHasLoaded) NativeLibraryConfig.All.WithLogCallback(Callback);
                NativeApi.llama_empty_call();
                NativeLogConfig.llama_log_set(Callback);
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
            {
                throw new ClemUserException($"llama.cpp native library could not be loaded ({e.Message}); the llamacpp backend needs the LLamaSharp.Backend.Cpu package beside clem", e);
            }
            _loaded = true;
        }
    }

    static void OnLog(LLamaLogLevel level, string message)
    {
        if (Environment.GetEnvironmentVariable("CLEM_LLAMA_LOG") is "1" or "true") Console.Error.Write(message);
        if (level is LLamaLogLevel.Warning or LLamaLogLevel.Error)
            lock (Gate) _capture?.Add(message.TrimEnd());
    }

    /// <summary>Collects native warnings and errors while <paramref name="action"/> runs.</summary>
    public static T Capturing<T>(Func<T> action, out IReadOnlyList<string> messages)
    {
        var captured = new List<string>();
        lock (Gate) _capture = captured;
        try { return action(); }
        finally
        {
            lock (Gate) _capture = null;
            messages = captured;
        }
    }
}
