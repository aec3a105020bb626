<?php
// register.php / login.php

$pdo = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASS'));
$email = $_POST['email'];
$password = $_POST['password'];

// ruleid: php.crypto.weak-password-hash
$hash = md5($password);
$stmt = $pdo->prepare('INSERT INTO users (email, password) VALUES (?, ?)');
$stmt->execute([$email, $hash]);

// ruleid: php.crypto.weak-password-hash
$check = sha1($salt . $_POST['password']);

function hashPassword(string $plainPassword): string
{
    // ruleid: php.crypto.weak-password-hash
    return hash('sha256', $plainPassword);
}

// ok: php.crypto.weak-password-hash
$good = password_hash($password, PASSWORD_DEFAULT);

// ok: php.crypto.weak-password-hash
$etag = md5($body);

// ok: php.crypto.weak-password-hash
$tokenHash = hash('sha256', $passwordResetToken);

// ok: php.crypto.weak-password-hash
$sig = hash_hmac('sha256', $payload, getenv('APP_KEY'));
