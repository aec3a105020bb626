<?php
// users.php: looks a user up in an XML store.

$doc = new DOMDocument();
$doc->load(__DIR__ . '/users.xml');
$xp = new DOMXPath($doc);

$name = $_POST['name'];
$pass = $_POST['password'];
// ruleid: php.injection.xpath-taint
$nodes = $xp->query("//user[name/text()='$name' and password/text()='$pass']");

$xml = simplexml_load_file(__DIR__ . '/catalog.xml');
// ruleid: php.injection.xpath-taint
$books = $xml->xpath("//book[author='" . $_GET['author'] . "']");

function countOrders(DOMXPath $xpath, string $status)
{
    // ruleid: php.injection.xpath-taint
    return $xpath->evaluate("count(//order[@status='$status'])");
}
countOrders($xp, $_GET['status']);

// ok: php.injection.xpath-taint
$all = $xp->query('//user');

$id = (int) $_GET['id'];
// ok: php.injection.xpath-taint
$one = $xp->query("//user[@id=$id]");

$pdo = new PDO('sqlite::memory:');
// ok: php.injection.xpath-taint
$rows = $pdo->query('SELECT 1');
