<?php
// config/app.php

return [
    'name' => env('APP_NAME', 'Shop'),
    'env' => env('APP_ENV', 'production'),
    // ruleid: php.debug.framework-debug-enabled
    'debug' => true,
    'url' => env('APP_URL', 'http://localhost'),
    'settings' => [
        // ruleid: php.debug.framework-debug-enabled
        'displayErrorDetails' => true,
        // ok: php.debug.framework-debug-enabled
        'logErrors' => true,
    ],
    'logging' => [
        // ok: php.debug.framework-debug-enabled
        'debug' => env('APP_DEBUG', false),
    ],
];
