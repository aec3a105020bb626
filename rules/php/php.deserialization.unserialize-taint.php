<?php
// cart.php: the cart is kept in a cookie.

// ruleid: php.deserialization.unserialize-taint
$cart = unserialize($_COOKIE['cart'] ?? 'a:0:{}');

$state = base64_decode($_POST['state']);
// ruleid: php.deserialization.unserialize-taint
$wizard = unserialize($state);

class PreferencesController
{
    public function update(Request $request)
    {
        $raw = $request->cookie('prefs');
        // ruleid: php.deserialization.unserialize-taint
        $prefs = unserialize(urldecode($raw));
        return response()->json($prefs);
    }
}

// ok: php.deserialization.unserialize-taint
$cart2 = json_decode($_COOKIE['cart'] ?? '[]', true);

// ok: php.deserialization.unserialize-taint
$legacy = unserialize($_COOKIE['legacy'] ?? '', ['allowed_classes' => false]);

// ok: php.deserialization.unserialize-taint
$cached = unserialize(file_get_contents(__DIR__ . '/cache/settings.bin'));
