<?php

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Http;
use Symfony\Component\HttpClient\HttpClient;

$client = new Client([
    'base_uri' => 'https://crm.example/api/',
    // ruleid: php.tls.http-client-verify-disabled
    'verify' => false,
]);

$response = $client->request('GET', 'contacts', [
    'headers' => ['Authorization' => 'Bearer ' . getenv('CRM_TOKEN')],
    // ruleid: php.tls.http-client-verify-disabled
    'verify' => false,
]);

// ruleid: php.tls.http-client-verify-disabled
$orders = Http::withoutVerifying()->get('https://shop.example/api/orders')->json();

$symfony = HttpClient::create([
    // ruleid: php.tls.http-client-verify-disabled
    'verify_peer' => false,
]);

// ok: php.tls.http-client-verify-disabled
$safe = new Client(['base_uri' => 'https://crm.example/api/', 'timeout' => 5]);

// ok: php.tls.http-client-verify-disabled
$internal = new Client(['verify' => '/etc/ssl/certs/internal-ca.pem']);

// ok: php.tls.http-client-verify-disabled
$form = ['verify' => false, 'remember' => true];
