using System.Reflection;
using System.Text.RegularExpressions;
using EduPlatform.Persistence;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EduPlatform.ArchitectureTests;

/// <summary>
/// Every SQL text the services and building blocks send through <see cref="DbSession"/>, as it reads on SQL Server, taken
/// out of the source with Roslyn: each call of <c>ExecuteAsync</c>, <c>QueryAsync</c>, <c>QuerySingleOrDefaultAsync</c> or
/// <c>ExecuteScalarAsync</c> on a session has its SQL argument evaluated — constants, raw and interpolated strings,
/// concatenations, locals and fields with their initialisers, both branches of a condition (only the SQL Server one
/// where the condition is the engine), and the dialect's fragments rendered by <see cref="SqlServerDialect"/>. A
/// condition-built text yields every variant. An argument that cannot be read this way is reported, never guessed.
/// </summary>
static class RepositorySql
{
    public sealed record Text(string Where, string Sql);

    public sealed record Unread(string File, string Expression);

    static readonly string[] SessionMethods = ["ExecuteAsync", "QueryAsync", "QuerySingleOrDefaultAsync", "ExecuteScalarAsync"];

    public static (List<Text> Texts, List<Unread> Unread) Read()
    {
        var texts = new List<Text>();
        var unread = new List<Unread>();
        var projects = Repo.Files("services", "*.csproj").Concat(Repo.Files("shared", "*.csproj"))
            .Where(p => !p.EndsWith(".Api.csproj", StringComparison.Ordinal));
        foreach (var project in projects)
        {
            var compilation = Compile(project);
            foreach (var tree in compilation.SyntaxTrees.Where(t => Path.GetFileName(t.FilePath) != "DbSession.cs"))
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (call.Expression is not MemberAccessExpressionSyntax access
                        || !SessionMethods.Contains(access.Name.Identifier.ValueText)
                        || model.GetTypeInfo(access.Expression).Type?.Name != nameof(DbSession)
                        || call.ArgumentList.Arguments.Count == 0)
                    {
                        continue;
                    }

                    var argument = call.ArgumentList.Arguments[0].Expression;
                    var where = $"{Repo.Relative(tree.FilePath)}:{argument.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
                    var variants = new Evaluator(compilation).Evaluate(argument);
                    if (variants is null)
                    {
                        unread.Add(new Unread(Path.GetFileName(tree.FilePath), argument.ToString()));
                        continue;
                    }

                    texts.AddRange(variants.Select(sql => new Text(where, sql)));
                }
            }
        }

        return (texts, unread);
    }

    /// <summary>
    /// One project's sources (with the global usings its build generated) against the assemblies this test was built
    /// with, the project's own excepted, so its calls resolve to the DbSession and dialect types.
    /// </summary>
    static CSharpCompilation Compile(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        var name = Path.GetFileNameWithoutExtension(project);
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Regex.IsMatch(f.Replace('\\', '/'), "/(bin|obj)/"))
            .Concat(Directory.EnumerateFiles(folder, $"{name}.GlobalUsings.g.cs", SearchOption.AllDirectories).Take(1));
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f));
        var references = References.Value.Where(r => Path.GetFileNameWithoutExtension(r.FilePath) != name);
        return CSharpCompilation.Create(name, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    static readonly Lazy<List<PortableExecutableReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .DistinctBy(Path.GetFileName)
            .Select(f => MetadataReference.CreateFromFile(f))]);

    /// <summary>Reads a string expression as every text it can take on SQL Server; null when some part cannot be read.</summary>
    sealed class Evaluator(CSharpCompilation compilation)
    {
        public List<string>? Evaluate(ExpressionSyntax expression)
        {
            var model = compilation.GetSemanticModel(expression.SyntaxTree);
            if (model.GetConstantValue(expression) is { HasValue: true, Value: string constant })
            {
                return [constant];
            }

            return expression switch
            {
                ParenthesizedExpressionSyntax parenthesized => Evaluate(parenthesized.Expression),
                InterpolatedStringExpressionSyntax interpolated => Interpolated(interpolated),
                BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => Product(Evaluate(binary.Left), Evaluate(binary.Right)),
                ConditionalExpressionSyntax conditional => Conditional(conditional),
                InvocationExpressionSyntax invocation => Dialect(invocation, model) ?? StringMethod(invocation, model),
                IdentifierNameSyntax or MemberAccessExpressionSyntax => Symbol(expression, model),
                _ => null,
            };
        }

        List<string>? Interpolated(InterpolatedStringExpressionSyntax interpolated)
        {
            List<string>? texts = [""];
            foreach (var part in interpolated.Contents)
            {
                texts = Product(texts, part switch
                {
                    InterpolatedStringTextSyntax text => [text.TextToken.ValueText],
                    InterpolationSyntax hole => Evaluate(hole.Expression),
                    _ => null,
                });
            }

            return texts;
        }

        /// <summary>Where the condition is the engine, only the SQL Server branch; otherwise both.</summary>
        List<string>? Conditional(ConditionalExpressionSyntax conditional)
        {
            var condition = conditional.Condition.ToString();
            if (Regex.IsMatch(condition, "sql ?server", RegexOptions.IgnoreCase))
            {
                return Evaluate(conditional.WhenTrue);
            }

            if (condition.Contains("Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                return Evaluate(conditional.WhenFalse);
            }

            return Evaluate(conditional.WhenTrue) is { } whenTrue && Evaluate(conditional.WhenFalse) is { } whenFalse ? [.. whenTrue, .. whenFalse] : null;
        }

        /// <summary>A dialect method (InsertIfAbsent, ContainsText) rendered as SQL Server renders it.</summary>
        List<string>? Dialect(InvocationExpressionSyntax invocation, SemanticModel model)
        {
            if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { ContainingType.Name: nameof(ISqlDialect) } method)
            {
                return null;
            }

            var arguments = invocation.ArgumentList.Arguments.Select(a => Evaluate(a.Expression)).ToList();
            if (arguments.Any(a => a is not { Count: 1 }))
            {
                return null;
            }

            var render = typeof(ISqlDialect).GetMethod(method.Name, [.. arguments.Select(_ => typeof(string))])!;
            return [(string)render.Invoke(SqlServerDialect.Instance, [.. arguments.Select(a => a![0])])!];
        }

        /// <summary>A string's own method on read texts (<c>Columns.Replace(", ", ", m.")</c>), run as it would be.</summary>
        List<string>? StringMethod(InvocationExpressionSyntax invocation, SemanticModel model)
        {
            if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol { ContainingType.SpecialType: SpecialType.System_String, IsStatic: false } method
                || invocation.Expression is not MemberAccessExpressionSyntax access
                || Evaluate(access.Expression) is not { Count: 1 } target)
            {
                return null;
            }

            var arguments = invocation.ArgumentList.Arguments.Select(a => Evaluate(a.Expression)).ToList();
            var run = typeof(string).GetMethod(method.Name, [.. arguments.Select(_ => typeof(string))]);
            return run is null || arguments.Any(a => a is not { Count: 1 })
                ? null
                : [(string)run.Invoke(target[0], [.. arguments.Select(a => a![0])])!];
        }

        List<string>? Symbol(ExpressionSyntax expression, SemanticModel model)
        {
            var symbol = model.GetSymbolInfo(expression).Symbol;
            if (symbol is IParameterSymbol parameter)
            {
                return Arguments(parameter);
            }

            if (symbol is IPropertySymbol { ContainingType.Name: nameof(ISqlDialect) } property)
            {
                return [(string)typeof(ISqlDialect).GetProperty(property.Name)!.GetValue(SqlServerDialect.Instance)!];
            }

            if (symbol is IFieldSymbol { HasConstantValue: true, ConstantValue: string value })
            {
                return [value];
            }

            // A local or a field with its initialiser, when nothing assigns it again.
            if (symbol is not (ILocalSymbol or IFieldSymbol) || Reassigned(symbol))
            {
                return null;
            }

            return symbol.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<VariableDeclaratorSyntax>()
                .SingleOrDefault()?.Initializer?.Value is { } initializer ? Evaluate(initializer) : null;
        }

        /// <summary>
        /// A parameter of a method in the same project: every text its callers pass for it (a helper such as
        /// <c>UpsertNewerAsync(s, update, insert, args)</c> sends what each caller gives it).
        /// </summary>
        List<string>? Arguments(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method || !method.Locations.Any(l => l.IsInSource))
            {
                return null;
            }

            var texts = new List<string>();
            var callers = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    var called = model.GetSymbolInfo(call).Symbol as IMethodSymbol;
                    if (!SymbolEqualityComparer.Default.Equals((called?.ReducedFrom ?? called)?.OriginalDefinition, method.OriginalDefinition))
                    {
                        continue;
                    }

                    // Called as an extension (s.Helper(…)), the receiver is the first parameter and not in the list.
                    var ordinal = parameter.Ordinal - (called!.ReducedFrom is not null ? 1 : 0);
                    var argument = call.ArgumentList.Arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameter.Name)
                        ?? call.ArgumentList.Arguments.Where(a => a.NameColon is null).ElementAtOrDefault(ordinal);
                    if (argument is null || Evaluate(argument.Expression) is not { } passed)
                    {
                        return null;
                    }

                    texts.AddRange(passed);
                    callers++;
                }
            }

            return callers > 0 ? texts : null;
        }

        bool Reassigned(ISymbol symbol) => symbol.DeclaringSyntaxReferences.Any(reference =>
        {
            var scope = reference.GetSyntax().Ancestors().OfType<MemberDeclarationSyntax>().First();
            var model = compilation.GetSemanticModel(reference.SyntaxTree);
            return scope.DescendantNodes().OfType<AssignmentExpressionSyntax>()
                .Any(a => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(a.Left).Symbol, symbol));
        });

        static List<string>? Product(List<string>? left, List<string>? right) =>
            left is null || right is null ? null : [.. left.SelectMany(l => right.Select(r => l + r))];
    }
}
