using System.CommandLine;

namespace Clem.Cli;

/// <summary>A top-level verb of the <c>clem</c> tool. Implementations are discovered by reflection.</summary>
public interface ICliCommand
{
    Command Build();
}
