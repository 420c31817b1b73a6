using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmoPlaybook.ResultStore.Outbox;

/// <summary>The outbox file format: the record as JSON, readable by a person who has to look at a stuck backlog.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ResultRecord))]
internal sealed partial class OutboxJson : JsonSerializerContext;
