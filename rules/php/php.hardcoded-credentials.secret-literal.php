<?php
// wp-config.php

define('DB_NAME', 'wordpress');
define('DB_USER', 'wp_user');
// ruleid: php.hardcoded-credentials.secret-literal
define('DB_PASSWORD', 'w0rdpress-db-pass!');
define('DB_HOST', 'localhost');

// ruleid: php.hardcoded-credentials.secret-literal
define('JWT_AUTH_SECRET_KEY', 'aV3ry$ecretSigningKey!');

// ok: php.hardcoded-credentials.secret-literal
define('STRIPE_SECRET', getenv('STRIPE_SECRET'));

// ok: php.hardcoded-credentials.secret-literal
define('MAILER_PASSWORD', 'changeme');

// ok: php.hardcoded-credentials.secret-literal
define('STRIPE_API_KEY', 'sk_live_51H8xExampleExampleExample');

// ok: php.hardcoded-credentials.secret-literal
define('PASSWORD_MIN_LENGTH', '12');
