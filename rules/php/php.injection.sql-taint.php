<?php
$pdo = new PDO($dsn, $user, $pass);
$name = $_GET['name'];
// ruleid: php.injection.sql-taint
$rows = $pdo->query("SELECT * FROM users WHERE name = '" . $name . "'");
// ruleid: php.injection.sql-taint
mysqli_query($conn, "DELETE FROM carts WHERE owner = '{$_POST['owner']}'");
$id = intval($_GET['id']);
// ok: php.injection.sql-taint
$one = $pdo->query("SELECT * FROM orders WHERE id = " . $id);
$stmt = $pdo->prepare("SELECT * FROM users WHERE name = ?");
// ok: php.injection.sql-taint
$stmt->execute([$name]);
// ok: php.injection.sql-taint
$all = $pdo->query("SELECT * FROM users");
