<?php
// db.php

// ruleid: php.hardcoded-credentials.database-password
$pdo = new PDO('mysql:host=localhost;dbname=shop;charset=utf8mb4', 'shop_app', 'S3cure!Passw0rd-2024');

// ruleid: php.hardcoded-credentials.database-password
$conn = mysqli_connect('db.internal', 'root', 'r3p0rt1ng#DB', 'analytics');

$dbPass = 'Tr0ub4dor&3';
// ruleid: php.hardcoded-credentials.database-password
$mysqli = new mysqli('localhost', 'app', $dbPass, 'app');

// ruleid: php.hardcoded-credentials.database-password
$pg = pg_connect("host=localhost dbname=orders user=orders password=0rd3rs2024");

// ok: php.hardcoded-credentials.database-password
$pdo2 = new PDO(getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));

// ok: php.hardcoded-credentials.database-password
$local = new PDO('sqlite:' . __DIR__ . '/app.db');

// ok: php.hardcoded-credentials.database-password
$dev = mysqli_connect('localhost', 'root', '', 'test');

// ok: php.hardcoded-credentials.database-password
$placeholder = new PDO('mysql:host=localhost;dbname=app', 'app', '<your-password>');

$devPass = 'changeme';
// ok: php.hardcoded-credentials.database-password
$devConn = new mysqli('localhost', 'root', $devPass, 'app');
