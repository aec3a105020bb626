<?php
// config/cors.php

return [
    'paths' => ['api/*', 'sanctum/csrf-cookie'],
    'allowed_methods' => ['*'],
    // ruleid: php.cors.wildcard-origin-with-credentials
    'allowed_origins' => ['*'],
    // ok: php.cors.wildcard-origin-with-credentials
    'allowed_headers' => ['*'],
    'exposed_headers' => [],
    'max_age' => 0,
    'supports_credentials' => true,
];
