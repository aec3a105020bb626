import java.net.PasswordAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;
import com.zaxxer.hikari.HikariConfig;

public class Database {
    public Connection connect() throws Exception {
        String password = "S3cr3t!2024";
        // ruleid: java.hardcoded-credentials.password-literal
        return DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", password);
    }

    public Connection connectFromEnv() throws Exception {
        // ok: java.hardcoded-credentials.password-literal
        return DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", System.getenv("DB_PASSWORD"));
    }

    public HikariConfig pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:mysql://localhost/shop");
        config.setUsername("shop");
        // ruleid: java.hardcoded-credentials.password-literal
        config.setPassword("hunter2hunter2");
        return config;
    }

    public PasswordAuthentication proxyAuth() {
        // ok: java.hardcoded-credentials.password-literal
        return new PasswordAuthentication("proxy", "".toCharArray());
    }
}
