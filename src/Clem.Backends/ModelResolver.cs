using Clem.Core.Models;

namespace Clem.Backends;

/// <summary>
/// Turns a -m argument into a model. For now: the model-free players (mock, programmatic, human).
/// The registry and remote/local backends extend this (issue: model backends and registry).
/// </summary>
public static class ModelResolver
{
    public static IModel Resolve(string name, GenerationConfig generation)
    {
        return name switch
        {
            "mock" => new ProgrammaticModel(ProgrammaticKind.Mock),
            "programmatic" => new ProgrammaticModel(ProgrammaticKind.Programmatic),
            "human" => new HumanModel(),
            _ => throw new ClemUserException($"unknown model '{name}' (available without a registry: mock, programmatic, human)"),
        };
    }
}
