<?php
// preferences.php

session_start();

// ruleid: php.trust-boundary.session-from-request
$_SESSION['role'] = $_POST['role'];

$userId = $_GET['uid'];
// ruleid: php.trust-boundary.session-from-request
$_SESSION['user_id'] = $userId;

class CheckoutController
{
    public function coupon(Request $request)
    {
        // ruleid: php.trust-boundary.session-from-request
        $request->session()->put('discount', $request->input('discount'));
        return back();
    }
}

// ok: php.trust-boundary.session-from-request
$_SESSION['page'] = (int) $_GET['page'];

$lang = $_GET['lang'] ?? 'en';
if (in_array($lang, ['en', 'fr', 'de'], true)) {
    // ok: php.trust-boundary.session-from-request
    $_SESSION['lang'] = $lang;
}

// ok: php.trust-boundary.session-from-request
$_SESSION['login_time'] = time();

class LoginController
{
    public function login(Request $request)
    {
        $user = User::where('email', $request->input('email'))->first();
        if ($user && password_verify($request->input('password'), $user->password_hash)) {
            // ok: php.trust-boundary.session-from-request
            $_SESSION['user_id'] = $user->id;
        }
    }
}
