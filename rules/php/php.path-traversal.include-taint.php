<?php
// index.php: tiny page router.

$page = $_GET['page'] ?? 'home';
// ruleid: php.path-traversal.include-taint
include 'pages/' . $page . '.php';

$lang = $_COOKIE['lang'] ?? 'en';
// ruleid: php.path-traversal.include-taint
require_once __DIR__ . "/lang/$lang.php";

function loadWidget($name)
{
    // ruleid: php.path-traversal.include-taint
    return include __DIR__ . '/widgets/' . $name;
}
loadWidget($_REQUEST['widget']);

$pages = ['home' => 'home.php', 'about' => 'about.php'];
$chosen = $pages[$_GET['p']] ?? 'home.php';
// ok: php.path-traversal.include-taint
include __DIR__ . '/pages/' . $chosen;

$allowed = ['en', 'fr', 'de'];
if (in_array($lang, $allowed, true)) {
    // ok: php.path-traversal.include-taint
    require __DIR__ . "/lang/$lang.php";
}

// ok: php.path-traversal.include-taint
require_once __DIR__ . '/vendor/autoload.php';
