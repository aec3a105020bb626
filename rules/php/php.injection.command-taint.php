<?php
// tools.php: a small diagnostics page.

$host = $_GET['host'];
// ruleid: php.injection.command-taint
$out = shell_exec("ping -c 4 " . $host);
echo "<pre>" . htmlspecialchars($out) . "</pre>";

// ruleid: php.injection.command-taint
system('nslookup ' . $_POST['domain']);

$file = $_REQUEST['file'];
// ruleid: php.injection.command-taint
$listing = `ls -la /var/backups/$file`;

function convert(string $name): void
{
    // ruleid: php.injection.command-taint
    exec("convert uploads/$name -resize 200x200 thumbs/$name", $lines, $code);
}
convert($_FILES['image']['name']);

class ArchiveController
{
    public function zip(Request $request)
    {
        $dir = $request->input('dir');
        // ruleid: php.injection.command-taint
        $proc = popen("tar czf /tmp/out.tgz " . $dir, 'r');
        return pclose($proc);
    }
}

// ok: php.injection.command-taint
$safe = shell_exec('ping -c 4 ' . escapeshellarg($host));

$port = (int) $_GET['port'];
// ok: php.injection.command-taint
exec("nc -z localhost $port", $lines, $code);

// ok: php.injection.command-taint
$proc = proc_open(['ping', '-c', '4', $host], [1 => ['pipe', 'w']], $pipes);

// ok: php.injection.command-taint
$uptime = shell_exec('uptime');
