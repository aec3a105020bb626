<?php
// auth_middleware.php

function currentUserId(): ?int
{
    $header = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
    $jwt = substr($header, 7);
    $parts = explode('.', $jwt);
    // ruleid: php.jwt.decode-without-verification
    $claims = json_decode(base64_decode(strtr($parts[1], '-_', '+/')), true);
    return $claims['sub'] ?? null;
}

function isAdmin(string $token): bool
{
    // ruleid: php.jwt.decode-without-verification
    $payload = json_decode(base64_decode(explode('.', $token)[1]));
    return ($payload->role ?? '') === 'admin';
}

function claimsAfterCheck(string $token, string $secret): ?array
{
    [$h, $p, $s] = explode('.', $token);
    $expected = rtrim(strtr(base64_encode(hash_hmac('sha256', "$h.$p", $secret, true)), '+/', '-_'), '=');
    if (!hash_equals($expected, $s)) {
        return null;
    }
    // ok: php.jwt.decode-without-verification
    return json_decode(base64_decode(strtr($p, '-_', '+/')), true);
}

function claimsWithLibrary(string $token): array
{
    // ok: php.jwt.decode-without-verification
    return (array) \Firebase\JWT\JWT::decode($token, new \Firebase\JWT\Key(getenv('JWT_SECRET'), 'HS256'));
}
