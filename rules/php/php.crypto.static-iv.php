<?php
// Encrypter.php

const ENC_IV = '1234567890123456';

function encryptField(string $plain): string
{
    $key = getenv('FIELD_KEY');
    // ruleid: php.crypto.static-iv
    return base64_encode(openssl_encrypt($plain, 'aes-256-cbc', $key, OPENSSL_RAW_DATA, '0000000000000000'));
}

function encryptZero(string $plain, string $key): string
{
    $iv = str_repeat("\0", 16);
    // ruleid: php.crypto.static-iv
    return openssl_encrypt($plain, 'aes-256-cbc', $key, 0, $iv);
}

function encryptConst(string $plain, string $key): string
{
    // ruleid: php.crypto.static-iv
    return openssl_encrypt($plain, 'aes-128-cbc', $key, 0, ENC_IV);
}

function encryptGood(string $plain, string $key): string
{
    $iv = random_bytes(openssl_cipher_iv_length('aes-256-gcm'));
    // ok: php.crypto.static-iv
    $ct = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
    return base64_encode($iv . $tag . $ct);
}

function decryptGood(string $stored, string $key): string
{
    $raw = base64_decode($stored);
    $iv = substr($raw, 0, 12);
    // ok: php.crypto.static-iv
    return openssl_decrypt(substr($raw, 28), 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, substr($raw, 12, 16));
}
