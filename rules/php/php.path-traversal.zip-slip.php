<?php
// ImportService: unpacks a theme archive uploaded by an admin.

function unpackTheme(string $archive, string $targetDir): void
{
    $zip = new ZipArchive();
    $zip->open($archive);
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $name = $zip->getNameIndex($i);
        $dest = $targetDir . '/' . $name;
        if (substr($name, -1) === '/') {
            // ruleid: php.path-traversal.zip-slip
            mkdir($dest, 0755, true);
            continue;
        }
        // ruleid: php.path-traversal.zip-slip
        file_put_contents($dest, $zip->getFromIndex($i));
    }
    $zip->close();
}

function copyEntries(ZipArchive $zip, string $out): void
{
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $stat = $zip->statIndex($i);
        // ruleid: php.path-traversal.zip-slip
        copy('zip://' . $zip->filename . '#' . $stat['name'], $out . DIRECTORY_SEPARATOR . $stat['name']);
    }
}

function unpackFlat(ZipArchive $zip, string $targetDir): void
{
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $name = basename($zip->getNameIndex($i));
        // ok: php.path-traversal.zip-slip
        file_put_contents($targetDir . '/' . $name, $zip->getFromIndex($i));
    }
}

function unpackChecked(ZipArchive $zip, string $targetDir): void
{
    $base = realpath($targetDir);
    for ($i = 0; $i < $zip->numFiles; $i++) {
        $dest = $base . '/' . $zip->getNameIndex($i);
        $parent = realpath(dirname($dest));
        if ($parent === false || !str_starts_with($parent, $base)) {
            throw new RuntimeException('entry outside target');
        }
        // ok: php.path-traversal.zip-slip
        file_put_contents($dest, $zip->getFromIndex($i));
    }
}

function unpackBuiltin(string $archive, string $targetDir): void
{
    $zip = new ZipArchive();
    if ($zip->open($archive) === true) {
        // ok: php.path-traversal.zip-slip
        $zip->extractTo($targetDir);
        $zip->close();
    }
}
