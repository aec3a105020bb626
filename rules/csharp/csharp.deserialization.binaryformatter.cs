using System.IO;
using System.Runtime.Serialization.Formatters.Binary;
using System.Text.Json;

public static class Store
{
    public static object Load(Stream input)
    {
        // ruleid: csharp.deserialization.binaryformatter
        var formatter = new BinaryFormatter();
        return formatter.Deserialize(input);
    }

    public static object LoadLegacy(Stream input)
    {
        // ruleid: csharp.deserialization.binaryformatter
        return new NetDataContractSerializer().Deserialize(input);
    }

    public static Order LoadJson(string json)
    {
        // ok: csharp.deserialization.binaryformatter
        return JsonSerializer.Deserialize<Order>(json);
    }

    public static void Save(Stream output, Order order)
    {
        // ok: csharp.deserialization.binaryformatter
        JsonSerializer.Serialize(output, order);
    }
}
