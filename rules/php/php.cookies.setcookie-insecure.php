<?php
// remember_me.php

$token = bin2hex(random_bytes(32));

// ruleid: php.cookies.setcookie-insecure
setcookie('remember_token', $token, time() + 86400 * 30);

// ruleid: php.cookies.setcookie-insecure
setcookie('session_hint', $token, time() + 3600, '/', '', false, true);

// ruleid: php.cookies.setcookie-insecure
setcookie('prefs', json_encode(['theme' => 'dark']), ['expires' => time() + 3600, 'path' => '/']);

// ruleid: php.cookies.setcookie-insecure
ini_set('session.cookie_httponly', '0');

// ok: php.cookies.setcookie-insecure
setcookie('remember_token', $token, ['expires' => time() + 2592000, 'path' => '/', 'secure' => true, 'httponly' => true, 'samesite' => 'Lax']);

// ok: php.cookies.setcookie-insecure
setcookie('auth', $token, time() + 3600, '/', 'app.example', true, true);

// ok: php.cookies.setcookie-insecure
setcookie('remember_token', '', time() - 3600);

// ok: php.cookies.setcookie-insecure
ini_set('session.cookie_secure', '1');
