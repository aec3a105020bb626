<?php
// public/index.php

// ruleid: php.debug.display-errors-enabled
ini_set('display_errors', '1');
// ruleid: php.debug.display-errors-enabled
ini_set('display_startup_errors', 1);
error_reporting(E_ALL);

use Symfony\Component\ErrorHandler\Debug;

// ruleid: php.debug.display-errors-enabled
Debug::enable();

if (getenv('APP_ENV') === 'dev') {
    // ok: php.debug.display-errors-enabled
    ini_set('display_errors', '1');
}

// ok: php.debug.display-errors-enabled
ini_set('display_errors', '0');
// ok: php.debug.display-errors-enabled
ini_set('log_errors', '1');
