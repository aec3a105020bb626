<?php
// legacy_token.php

$key = getenv('TOKEN_KEY');
$data = 'user=42';
$iv = random_bytes(8);

// ruleid: php.crypto.weak-cipher
$token = openssl_encrypt($data, 'des-ede3-cbc', $key, 0, $iv);

// ruleid: php.crypto.weak-cipher
$plain = openssl_decrypt($token, 'bf-cbc', $key, 0, $iv);

// ruleid: php.crypto.weak-cipher
$old = mcrypt_encrypt(MCRYPT_DES, $key, $data, MCRYPT_MODE_CBC, $iv);

$iv12 = random_bytes(12);
// ok: php.crypto.weak-cipher
$good = openssl_encrypt($data, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv12, $tag);

// ok: php.crypto.weak-cipher
$len = openssl_cipher_iv_length('aes-256-cbc');
