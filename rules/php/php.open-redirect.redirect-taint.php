<?php
// login.php

session_start();
$next = $_GET['next'] ?? '/dashboard';
if (login($_POST['email'], $_POST['password'])) {
    // ruleid: php.open-redirect.redirect-taint
    header('Location: ' . $next);
    exit;
}

// ruleid: php.open-redirect.redirect-taint
header("Location: {$_GET['return_url']}");

class AuthController
{
    public function logout(Request $request)
    {
        auth()->logout();
        // ruleid: php.open-redirect.redirect-taint
        return redirect($request->query('redirect_to', '/'));
    }

    public function back(Request $request)
    {
        // ruleid: php.open-redirect.redirect-taint
        return redirect()->away($request->input('url'));
    }

    public function home()
    {
        // ok: php.open-redirect.redirect-taint
        return redirect()->route('home');
    }
}

$id = (int) $_GET['id'];
// ok: php.open-redirect.redirect-taint
header('Location: /orders/' . $id);

// ok: php.open-redirect.redirect-taint
header('Location: /search?q=' . urlencode($_GET['q']));

$target = $_GET['next'] ?? '/';
if (!str_starts_with($target, '/') || str_starts_with($target, '//')) {
    $target = '/';
}
// ok: php.open-redirect.redirect-taint
header('Location: ' . $target);
