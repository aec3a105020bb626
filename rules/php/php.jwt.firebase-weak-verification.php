<?php

use Firebase\JWT\JWT;
use Firebase\JWT\JWK;
use Firebase\JWT\Key;

class ApiAuth
{
    public function userFrom(string $jwt): object
    {
        $secret = getenv('JWT_SECRET');
        // ruleid: php.jwt.firebase-weak-verification
        return JWT::decode($jwt, $secret);
    }

    public function legacy(string $jwt): object
    {
        // ruleid: php.jwt.firebase-weak-verification
        return JWT::decode($jwt, getenv('JWT_PUBLIC_KEY'), ['RS256', 'none']);
    }

    public function verified(string $jwt): object
    {
        // ok: php.jwt.firebase-weak-verification
        return JWT::decode($jwt, new Key(getenv('JWT_SECRET'), 'HS256'));
    }

    public function fromJwks(string $jwt, array $jwks): object
    {
        $keys = JWK::parseKeySet($jwks);
        // ok: php.jwt.firebase-weak-verification
        return JWT::decode($jwt, $keys);
    }
}
