<?php
// public/index.php (Symfony) and a leftover info page

use App\Kernel;

// ruleid: php.debug.framework-debug-enabled
$kernel = new Kernel('prod', true);

// ok: php.debug.framework-debug-enabled
$kernel2 = new Kernel($_SERVER['APP_ENV'], (bool) $_SERVER['APP_DEBUG']);

// ruleid: php.debug.framework-debug-enabled
phpinfo();

$app = Slim\Factory\AppFactory::create();
// ruleid: php.debug.framework-debug-enabled
$app->addErrorMiddleware(true, true, true);

// ok: php.debug.framework-debug-enabled
$app->addErrorMiddleware(false, true, true);
