import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A real Neo4j 5 (the kernel, Cypher and the Bolt server that the Neo4j server runs), embedded, with
 * Bolt on 127.0.0.1 and authentication on. Arguments: DATA_DIR PORT INSTANCES. The password comes from
 * NEO4J_PASSWORD, never the command line (ps would show it). INSTANCES > 1 starts that many independent
 * databases on PORT, PORT+1, ... (data in DATA_DIR/1, DATA_DIR/2, ...): Community edition has one user
 * database per DBMS, and parallel test workers each need their own.
 * Prints one line per instance, "NEO4J_URI=bolt://127.0.0.1:PORT", when Bolt answers; one line
 * "local-neo4j: ..." and exit 1 on failure. SIGINT/SIGTERM shut every database down cleanly.
 */
public final class Launcher {
  public static void main(String[] args) {
    Path data = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    int instances = Integer.parseInt(args[2]);
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "");
    if (password.length() < 8) fail("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");

    List<DatabaseManagementService> started = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(DatabaseManagementService::shutdown)));
    for (int i = 0; i < instances; i++) {
      int p = port + i;
      Path dir = instances == 1 ? data : data.resolve(String.valueOf(i + 1));
      if (!portFree(p)) fail("port " + p + " on 127.0.0.1 is in use (another Neo4j running? stop it or choose --port)");
      try {
        Files.createDirectories(dir);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", p))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
            .build();
        started.add(dbms);
        setPassword(dbms, password);
      } catch (Throwable e) {
        fail(describe(e, dir));
      }
      System.out.println("NEO4J_URI=bolt://127.0.0.1:" + p);
    }
    System.out.flush();
  }

  /** Embedded code runs with full rights, so the system database takes the password directly. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // A data folder from an earlier start already has this password; Neo4j refuses to set it again.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** The root cause in one line: a held data folder is the common one. */
  private static String describe(Throwable e, Path dir) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = String.valueOf(root.getMessage());
    if (message.contains("store_lock")) return "the data folder " + dir + " is in use by another Neo4j (its store_lock is held)";
    return "could not start Neo4j in " + dir + ": " + message.split("\n")[0];
  }

  private static void fail(String line) {
    System.err.println("local-neo4j: " + line);
    System.err.flush();
    Runtime.getRuntime().halt(1);
  }
}
