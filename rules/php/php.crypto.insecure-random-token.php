<?php
// password_reset.php

$email = $_POST['email'];
// ruleid: php.crypto.insecure-random-token
$resetToken = md5(uniqid(mt_rand(), true));

// ruleid: php.crypto.insecure-random-token
$otp = rand(100000, 999999);

function generateApiKey(): string
{
    // ruleid: php.crypto.insecure-random-token
    return substr(str_shuffle('abcdefghijklmnopqrstuvwxyz0123456789'), 0, 32);
}

$user = ['email' => $email];
// ruleid: php.crypto.insecure-random-token
$user['verification_code'] = mt_rand(1000, 9999);

// ok: php.crypto.insecure-random-token
$safeToken = bin2hex(random_bytes(32));

// ok: php.crypto.insecure-random-token
$safeOtp = random_int(100000, 999999);

// ok: php.crypto.insecure-random-token
$delayMs = mt_rand(100, 500);

// ok: php.crypto.insecure-random-token
$color = $colors[array_rand($colors)];

class InviteService
{
    public function createInviteCode(): string
    {
        // ruleid: php.crypto.insecure-random-token
        return strtoupper(substr(md5(microtime()), 0, 8));
    }

    private function pickBanner(): string
    {
        // ok: php.crypto.insecure-random-token
        return 'banner' . mt_rand(1, 5) . '.png';
    }
}
