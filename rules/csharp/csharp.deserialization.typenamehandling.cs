using Newtonsoft.Json;

public static class Messages
{
    public static object Read(string json)
    {
        var settings = new JsonSerializerSettings
        {
            // ruleid: csharp.deserialization.typenamehandling
            TypeNameHandling = TypeNameHandling.All,
        };
        return JsonConvert.DeserializeObject(json, settings);
    }

    public static object ReadAuto(string json)
    {
        var serializer = new JsonSerializer();
        // ruleid: csharp.deserialization.typenamehandling
        serializer.TypeNameHandling = TypeNameHandling.Auto;
        return serializer.Deserialize(new JsonTextReader(new System.IO.StringReader(json)));
    }

    public static T ReadPlain<T>(string json)
    {
        // ok: csharp.deserialization.typenamehandling
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
        return JsonConvert.DeserializeObject<T>(json, settings);
    }

    public static object ReadBound(string json)
    {
        var settings = new JsonSerializerSettings
        {
            // ok: csharp.deserialization.typenamehandling
            TypeNameHandling = TypeNameHandling.Auto,
            SerializationBinder = new KnownTypesBinder(),
        };
        return JsonConvert.DeserializeObject(json, settings);
    }
}
