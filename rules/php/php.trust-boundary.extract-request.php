<?php
// profile_update.php

session_start();
$is_admin = ($_SESSION['role'] ?? '') === 'admin';

// ruleid: php.trust-boundary.extract-request
extract($_POST);

// ruleid: php.trust-boundary.extract-request
parse_str($_SERVER['QUERY_STRING']);

class ProfileController
{
    public function update(Request $request)
    {
        // ruleid: php.trust-boundary.extract-request
        extract($request->all());
        return view('profile', compact('name'));
    }
}

// ok: php.trust-boundary.extract-request
parse_str($_SERVER['QUERY_STRING'], $params);

// ok: php.trust-boundary.extract-request
extract(['title' => 'Profile', 'year' => date('Y')]);

$email = $_POST['email'] ?? '';
