<?php
// download.php and a Laravel controller.

$file = $_GET['file'];
// ruleid: php.path-traversal.file-taint
readfile(__DIR__ . '/uploads/' . $file);

// ruleid: php.path-traversal.file-taint
$contents = file_get_contents('storage/reports/' . $_POST['report'] . '.csv');

// ruleid: php.path-traversal.file-taint
unlink("/var/www/app/avatars/{$_REQUEST['avatar']}");

$target = __DIR__ . '/uploads/' . $_FILES['doc']['name'];
// ruleid: php.path-traversal.file-taint
move_uploaded_file($_FILES['doc']['tmp_name'], $target);

class ExportController
{
    public function download(Request $request)
    {
        $name = $request->query('name');
        // ruleid: php.path-traversal.file-taint
        return response()->download(storage_path('exports/' . $name));
    }

    public function safeDownload(Request $request)
    {
        $name = basename($request->query('name'));
        // ok: php.path-traversal.file-taint
        return response()->download(storage_path('exports/' . $name));
    }
}

// ok: php.path-traversal.file-taint
readfile(__DIR__ . '/uploads/' . basename($file));

$base = realpath(__DIR__ . '/uploads');
$real = realpath($base . '/' . $_GET['file']);
if ($real === false || !str_starts_with($real, $base . DIRECTORY_SEPARATOR)) {
    http_response_code(404);
    exit;
}
// ok: php.path-traversal.file-taint
readfile($real);

function show(string $base, string $name): string
{
    $path = realpath($base . '/' . $name);
    if ($path !== false && strpos($path, $base) === 0) {
        // ok: php.path-traversal.file-taint
        return file_get_contents($path);
    }
    return '';
}
show('/srv/docs', $_GET['doc']);

// ok: php.path-traversal.file-taint
$tpl = file_get_contents(__DIR__ . '/templates/email.html');

// ok: php.path-traversal.file-taint
$rows = array_map('str_getcsv', file($_FILES['csv']['tmp_name']));

$zip = new ZipArchive();
// ok: php.path-traversal.file-taint
$zip->open($_FILES['archive']['tmp_name']);
