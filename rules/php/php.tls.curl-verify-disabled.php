<?php
// PaymentClient.php

function charge(array $payload): array
{
    $ch = curl_init('https://api.payments.example/v1/charges');
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    // ruleid: php.tls.curl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: php.tls.curl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode($body, true);
}

function fetchRates(): string
{
    $ch = curl_init();
    curl_setopt_array($ch, [
        CURLOPT_URL => 'https://rates.example/latest',
        CURLOPT_RETURNTRANSFER => true,
        // ruleid: php.tls.curl-verify-disabled
        CURLOPT_SSL_VERIFYPEER => false,
    ]);
    return curl_exec($ch);
}

function fetchSecure(): string
{
    $ch = curl_init('https://rates.example/latest');
    // ok: php.tls.curl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: php.tls.curl-verify-disabled
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
    // ok: php.tls.curl-verify-disabled
    curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/certs/internal-ca.pem');
    return curl_exec($ch);
}
