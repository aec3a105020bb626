<?php
// services.php

class PaymentGateway
{
    // ruleid: php.hardcoded-credentials.secret-literal
    private $apiKey = 'pg_9f8e7d6c5b4a39281706f5e4';

    public function __construct()
    {
        // ruleid: php.hardcoded-credentials.secret-literal
        $this->webhookSecret = 'whsec-4b7f2a9c1d8e6f30';
    }
}

$config = [
    'smtp' => [
        'host' => 'smtp.mail.example',
        // ruleid: php.hardcoded-credentials.secret-literal
        'password' => 'M@ilP4ss-2024',
    ],
];

// ruleid: php.hardcoded-credentials.secret-literal
define('JWT_SECRET', 'aV3ry$ecretSigningKey!');

// ok: php.hardcoded-credentials.secret-literal
$apiKey = getenv('PAYMENT_API_KEY');

// ok: php.hardcoded-credentials.secret-literal
$stripeSecret = 'sk_live_51H8xExampleExampleExample';

// ok: php.hardcoded-credentials.secret-literal
$dbPassword = 'changeme';

// ok: php.hardcoded-credentials.secret-literal
$passwordLabel = 'Password';

$fields = [
    // ok: php.hardcoded-credentials.secret-literal
    'password' => 'required|string|min:12',
];
