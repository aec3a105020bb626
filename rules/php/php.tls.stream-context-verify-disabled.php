<?php
// webhook_forwarder.php

$context = stream_context_create([
    'http' => ['method' => 'POST', 'header' => 'Content-Type: application/json', 'content' => $json],
    'ssl' => [
        // ruleid: php.tls.stream-context-verify-disabled
        'verify_peer' => false,
        // ruleid: php.tls.stream-context-verify-disabled
        'verify_peer_name' => false,
    ],
]);
$result = file_get_contents('https://hooks.example/endpoint', false, $context);

$mail = new PHPMailer\PHPMailer\PHPMailer(true);
$mail->SMTPOptions = [
    'ssl' => [
        // ruleid: php.tls.stream-context-verify-disabled
        'allow_self_signed' => true,
    ],
];

$good = stream_context_create([
    'ssl' => [
        // ok: php.tls.stream-context-verify-disabled
        'verify_peer' => true,
        // ok: php.tls.stream-context-verify-disabled
        'cafile' => '/etc/ssl/certs/internal-ca.pem',
    ],
]);
