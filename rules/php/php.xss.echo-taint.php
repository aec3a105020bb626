<?php
// greet.php

$name = $_GET['name'] ?? 'guest';
// ruleid: php.xss.echo-taint
echo "<h1>Hello, $name!</h1>";

// ruleid: php.xss.echo-taint
echo '<p>You searched for: ' . $_GET['q'] . '</p>';

// ruleid: php.xss.echo-taint
print("<div class='msg'>" . $_POST['message'] . "</div>");

// ruleid: php.xss.echo-taint
printf('<a href="%s">back</a>', $_SERVER['HTTP_REFERER']);

function renderError($msg)
{
    // ruleid: php.xss.echo-taint
    die("<p class='error'>Invalid value: $msg</p>");
}
renderError($_REQUEST['field']);

class ProfileController
{
    public function preview(Request $request)
    {
        $bio = $request->input('bio');
        // ruleid: php.xss.echo-taint
        return response("<div class='bio'>$bio</div>");
    }

    public function data(Request $request)
    {
        // ok: php.xss.echo-taint
        return response(['bio' => $request->input('bio')], 200);
    }

    public function safePreview(Request $request)
    {
        $bio = $request->input('bio');
        // ok: php.xss.echo-taint
        return response('<div class="bio">' . e($bio) . '</div>');
    }
}

// ok: php.xss.echo-taint
echo '<h1>Hello, ' . htmlspecialchars($name, ENT_QUOTES, 'UTF-8') . '!</h1>';

$page = (int) ($_GET['page'] ?? 1);
// ok: php.xss.echo-taint
echo "<p>Page $page</p>";

// ok: php.xss.echo-taint
echo json_encode(['q' => $_GET['q']]);

// ok: php.xss.echo-taint
echo '<footer>Static footer</footer>';

$post = Post::findOrFail($_GET['id']);
// ok: php.xss.echo-taint
echo '<h1>' . $post->title . '</h1>';
