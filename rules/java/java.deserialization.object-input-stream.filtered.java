import java.io.*;

public class FilteredLoader {
    Object load(InputStream raw) throws Exception {
        ObjectInputStream in = new ObjectInputStream(raw);
        in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;java.base/*;!*"));
        // ok: java.deserialization.object-input-stream
        return in.readObject();
    }
}
