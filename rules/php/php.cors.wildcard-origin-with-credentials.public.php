<?php
// public_api.php: a public, cookie-less API may allow every origin.

// ok: php.cors.wildcard-origin-with-credentials
header('Access-Control-Allow-Origin: *');
header('Content-Type: application/json');
echo json_encode(['status' => 'ok']);
