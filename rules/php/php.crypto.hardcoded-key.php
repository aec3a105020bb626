<?php
// TokenService.php

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

class TokenService
{
    private const SIGNING_SECRET = 'k3y-f0r-t0k3ns-2024!';

    public function sign(array $claims): string
    {
        // ruleid: php.crypto.hardcoded-key
        return JWT::encode($claims, 'super-secret-signing-key', 'HS256');
    }

    public function mac(string $payload): string
    {
        // ruleid: php.crypto.hardcoded-key
        return hash_hmac('sha256', $payload, self::SIGNING_SECRET);
    }

    public function seal(string $plain): string
    {
        $key = 'Zx9Lm2Qp7Rt4Vw8Yb1Nc6Hd3Jf5Kg0Sa';
        $iv = random_bytes(12);
        // ruleid: php.crypto.hardcoded-key
        $ct = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $ct);
    }

    public function signFromEnv(array $claims): string
    {
        // ok: php.crypto.hardcoded-key
        return JWT::encode($claims, getenv('JWT_SECRET'), 'HS256');
    }

    public function sealFromEnv(string $plain): string
    {
        $key = base64_decode(getenv('APP_ENC_KEY'), true);
        $iv = random_bytes(12);
        // ok: php.crypto.hardcoded-key
        $ct = openssl_encrypt($plain, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag);
        return base64_encode($iv . $tag . $ct);
    }
}
