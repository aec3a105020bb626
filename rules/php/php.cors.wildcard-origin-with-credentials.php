<?php
// api/bootstrap.php

$origin = $_SERVER['HTTP_ORIGIN'] ?? '';
// ruleid: php.cors.wildcard-origin-with-credentials
header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);
// ruleid: php.cors.wildcard-origin-with-credentials
header("Access-Control-Allow-Origin: $origin");
header('Access-Control-Allow-Credentials: true');
header('Access-Control-Allow-Methods: GET, POST, OPTIONS');

$allowed = ['https://app.example', 'https://admin.example'];
if (in_array($origin, $allowed, true)) {
    // ok: php.cors.wildcard-origin-with-credentials
    header("Access-Control-Allow-Origin: $origin");
    header('Vary: Origin');
}

// ok: php.cors.wildcard-origin-with-credentials
header('Access-Control-Allow-Origin: https://app.example');
