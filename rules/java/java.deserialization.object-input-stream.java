import java.beans.XMLDecoder;
import java.io.*;
import javax.servlet.http.*;

public class SessionImportServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ObjectInputStream in = new ObjectInputStream(request.getInputStream());
        try {
            // ruleid: java.deserialization.object-input-stream
            Object cart = in.readObject();
            request.getSession().setAttribute("cart", cart);
        } catch (ClassNotFoundException e) {
            response.sendError(400);
        }
    }

    Object loadSettings(InputStream xml) {
        XMLDecoder decoder = new XMLDecoder(xml);
        // ruleid: java.deserialization.object-input-stream
        return decoder.readObject();
    }

    Object readJson(InputStream body) throws IOException {
        // ok: java.deserialization.object-input-stream
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, CartDto.class);
    }

    String readText(Reader r) throws IOException {
        BufferedReader br = new BufferedReader(r);
        // ok: java.deserialization.object-input-stream
        return br.readLine();
    }
}
