<?php
// Plain PHP endpoints as an assistant writes them: mysqli, PDO and a Laravel-style controller.

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
$conn = mysqli_connect('localhost', 'app', getenv('DB_PASS'), 'shop');

$name = $_GET['name'];
// ruleid: php.injection.sql-taint
$rows = $pdo->query("SELECT * FROM users WHERE name = '" . $name . "'");

// ruleid: php.injection.sql-taint
mysqli_query($conn, "DELETE FROM carts WHERE owner = '{$_POST['owner']}'");

$sort = $_REQUEST['sort'] ?? 'id';
$sql = sprintf("SELECT * FROM products ORDER BY %s", $sort);
// ruleid: php.injection.sql-taint
$result = $conn->query($sql);

function findUser(PDO $db, string $email)
{
    // ruleid: php.injection.sql-taint
    return $db->query("SELECT id, email FROM users WHERE email = '$email'")->fetch();
}
findUser($pdo, $_POST['email']);

class OrderController
{
    public function show(Request $request, PDO $pdo)
    {
        $status = $request->input('status');
        // ruleid: php.injection.sql-taint
        $stmt = $pdo->prepare("SELECT * FROM orders WHERE status = '" . $status . "'");
        $stmt->execute();
        return $stmt->fetchAll();
    }

    public function search($request, $db)
    {
        $q = $request->query->get('q');
        // ruleid: php.injection.sql-taint
        return $db->exec("UPDATE stats SET hits = hits + 1 WHERE term = '$q'");
    }
}

$id = intval($_GET['id']);
// ok: php.injection.sql-taint
$one = $pdo->query("SELECT * FROM orders WHERE id = " . $id);

$stmt = $pdo->prepare("SELECT * FROM users WHERE name = ?");
// ok: php.injection.sql-taint
$stmt->execute([$name]);

// ok: php.injection.sql-taint
$all = $pdo->query("SELECT * FROM users");

$safe = mysqli_real_escape_string($conn, $_POST['city']);
// ok: php.injection.sql-taint
mysqli_query($conn, "SELECT * FROM shops WHERE city = '$safe'");

$xml = new DOMDocument();
$xml->load('catalog.xml');
$xp = new DOMXPath($xml);
// ok: php.injection.sql-taint
$nodes = $xp->query("//book[@id='" . $_GET['book'] . "']");

// WordPress plugin handler
function myplugin_search()
{
    global $wpdb;
    $term = $_GET['s'];
    // ruleid: php.injection.sql-taint
    $posts = $wpdb->get_results("SELECT ID, post_title FROM {$wpdb->posts} WHERE post_title LIKE '%$term%'");
    // ok: php.injection.sql-taint
    $safe = $wpdb->get_results($wpdb->prepare("SELECT ID FROM {$wpdb->posts} WHERE post_title LIKE %s", '%' . $wpdb->esc_like($term) . '%'));
    return [$posts, $safe];
}
