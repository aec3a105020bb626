<?php
// CryptoHelper.php

$key = getenv('APP_CRYPT_KEY');
$plain = json_encode(['user' => 42]);

// ruleid: php.crypto.ecb-mode
$ct = openssl_encrypt($plain, 'aes-256-ecb', $key, OPENSSL_RAW_DATA);

// ruleid: php.crypto.ecb-mode
$pt = openssl_decrypt(base64_decode($_COOKIE['session']), 'AES-128-ECB', $key);

// ruleid: php.crypto.ecb-mode
$legacy = mcrypt_encrypt(MCRYPT_RIJNDAEL_128, $key, $plain, MCRYPT_MODE_ECB);

$iv = random_bytes(12);
// ok: php.crypto.ecb-mode
$gcm = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);

// ok: php.crypto.ecb-mode
$box = sodium_crypto_secretbox($plain, random_bytes(SODIUM_CRYPTO_SECRETBOX_NONCEBYTES), $key);
