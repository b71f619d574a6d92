using System.Text.RegularExpressions;
using FluentAssertions;
using IncentiveCompliance.TestSupport;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace IncentiveCompliance.UnitTests.Deployment;

/// <summary>
/// No container engine or cluster runs here, so deploy/ is checked statically: every YAML file parses, the Kubernetes
/// objects point at each other (ports, probes, selectors, config maps, volumes), and every variable they set is one the
/// application reads (README.md, «Configuración»).
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Deploy = Path.Combine(SharedData.RepositoryRoot, "deploy");

    public static TheoryData<string> YamlFiles() =>
        [.. Directory.GetFiles(Deploy, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Deploy, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Every_yaml_file_parses(string file)
    {
        var documents = Load(file);

        documents.Should().NotBeEmpty().And.OnlyContain(d => d.RootNode is YamlMappingNode);
    }

    [Fact]
    public void The_deployment_the_service_and_the_probes_agree_on_port_and_paths()
    {
        var container = Container();
        var ports = Seq(container, "ports").Select(p => (Name: Text(p, "name"), Port: Text(p, "containerPort"))).ToList();
        var service = Kind("Service");

        ports.Should().ContainSingle().Which.Should().Be(("http", "8080"));
        Text(Seq(service, "spec", "ports").Single(), "targetPort").Should().Be("http");
        Text(container, "readinessProbe", "httpGet", "path").Should().Be("/health/ready");
        Text(container, "livenessProbe", "httpGet", "path").Should().Be("/health/live");
        Text(container, "readinessProbe", "httpGet", "port").Should().Be("http");
        Text(container, "livenessProbe", "httpGet", "port").Should().Be("http");
        var web = string.Join('\n', Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "src", "IncentiveCompliance.Web"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        web.Should().Contain("\"/health/ready\"").And.Contain("\"/health/live\"", "the probes ask for paths the application answers");
        File.ReadAllText(Path.Combine(Deploy, "Containerfile")).Should().Contain("EXPOSE 8080").And.Contain("ASPNETCORE_URLS=http://0.0.0.0:8080");
        Regex.Matches(File.ReadAllText(Path.Combine(Deploy, "nginx.conf")), @"server app\d:(\d+)").Select(m => m.Groups[1].Value).Should().OnlyContain(p => p == "8080");
    }

    [Fact]
    public void Selectors_targets_and_references_name_what_exists()
    {
        var deployment = Kind("Deployment");
        var labels = Map(deployment, "spec", "template", "metadata", "labels");
        var names = Documents().ToLookup(d => Text(d, "kind"), d => Text(d, "metadata", "name"));
        var container = Container();

        Map(deployment, "spec", "selector", "matchLabels").Should().BeEquivalentTo(labels);
        Map(Kind("Service"), "spec", "selector").Should().BeEquivalentTo(labels);
        Map(Kind("PodDisruptionBudget"), "spec", "selector", "matchLabels").Should().BeEquivalentTo(labels);
        Text(Kind("HorizontalPodAutoscaler"), "spec", "scaleTargetRef", "name").Should().Be(Text(deployment, "metadata", "name"));
        Seq(container, "envFrom").Select(e => Text(e, "configMapRef", "name")).Should().OnlyContain(n => names["ConfigMap"].Contains(n));
        var volumes = Seq(deployment, "spec", "template", "spec", "volumes").ToList();
        Seq(container, "volumeMounts").Select(m => Text(m, "name")).Should().BeSubsetOf(volumes.Select(v => Text(v, "name")));
        volumes.Where(v => Has(v, "persistentVolumeClaim")).Select(v => Text(v, "persistentVolumeClaim", "claimName"))
            .Should().OnlyContain(n => names["PersistentVolumeClaim"].Contains(n));
    }

    [Fact]
    public void The_nodes_run_as_a_user_on_a_read_only_root_filesystem()
    {
        var container = Container();

        Text(Kind("Deployment"), "spec", "template", "spec", "securityContext", "runAsNonRoot").Should().Be("true");
        Text(container, "securityContext", "readOnlyRootFilesystem").Should().Be("true");
        Text(container, "securityContext", "allowPrivilegeEscalation").Should().Be("false");
        Seq(container, "volumeMounts").Select(m => Text(m, "mountPath")).Should().Contain(["/tmp", "/var/lib/incentive-compliance"], "the only places it writes");
        var image = File.ReadAllText(Path.Combine(Deploy, "Containerfile"));
        image.Should().Contain("FROM debian:12-slim").And.Contain(" chromium ").And.Contain("fonts-dejavu-core").And.Contain("USER 1654");
        Text(Kind("Deployment"), "spec", "template", "spec", "securityContext", "runAsUser").Should().Be("1654", "the image's user");
        File.ReadAllText(Path.Combine(Deploy, "incentive-compliance.service")).Should().Contain("User=incentive-compliance");
    }

    [Fact]
    public void Every_variable_the_files_set_is_one_the_application_reads()
    {
        var documented = Documented();
        var configMap = Map(Kind("ConfigMap"), "data").Keys;
        var container = Container();
        var fromSecrets = Seq(container, "env").Select(e => Text(e, "name"));
        var compose = Load("compose.yaml").Single().RootNode;
        var app = Map(compose, "x-app", "environment").Keys;

        configMap.Concat(fromSecrets).Concat(app).Should().NotBeEmpty().And.OnlyContain(v => Reads(documented, v), "README.md documents every setting");
        Seq(container, "env").Select(e => Text(e, "valueFrom", "secretKeyRef", "key")).Should().Equal(fromSecrets, "each secret key is named after its variable");
    }

    /// <summary>The first column of README.md's settings table: `A__B`, several per row, `__0` standing for any index.</summary>
    private static HashSet<string> Documented()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "README.md"));
        var table = readme[readme.IndexOf("## Configuración", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", table.IndexOf("| variable", StringComparison.Ordinal), StringComparison.Ordinal)];
        return [.. table.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .SelectMany(l => Setting().Matches(l.Split('|')[1]).Select(m => m.Groups[1].Value))];
    }

    private static bool Reads(HashSet<string> documented, string variable) =>
        documented.Contains(Index().Replace(variable, "__0")) || variable.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || variable.StartsWith("DOTNET_", StringComparison.Ordinal);

    private static IList<YamlDocument> Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Deploy, file));
        stream.Load(reader);
        return stream.Documents;
    }

    private static IEnumerable<YamlNode> Documents() =>
        Directory.GetFiles(Path.Combine(Deploy, "k8s"), "*.yaml").SelectMany(f => Load(Path.Combine("k8s", Path.GetFileName(f)))).Select(d => d.RootNode);

    private static YamlNode Kind(string kind) => Documents().Single(d => Text(d, "kind") == kind);

    private static YamlNode Container() => Seq(Kind("Deployment"), "spec", "template", "spec", "containers").Single();

    private static YamlNode? Find(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    private static bool Has(YamlNode node, params string[] path) => Find(node, path) is not null;

    private static string Text(YamlNode node, params string[] path) => (Find(node, path) as YamlScalarNode)?.Value ?? "";

    private static IEnumerable<YamlNode> Seq(YamlNode node, params string[] path) => (Find(node, path) as YamlSequenceNode)?.Children ?? [];

    private static Dictionary<string, string> Map(YamlNode node, params string[] path) =>
        (Find(node, path) as YamlMappingNode)?.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => (p.Value as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);

    [GeneratedRegex("`([A-Za-z_]+(?:__[A-Za-z0-9_]+)*)`")]
    private static partial Regex Setting();

    [GeneratedRegex(@"__\d+$")]
    private static partial Regex Index();
}
