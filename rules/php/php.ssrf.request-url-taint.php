<?php
// link_preview.php

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;

$url = $_GET['url'];
// ruleid: php.ssrf.request-url-taint
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$html = curl_exec($ch);

$imageUrl = $_POST['image_url'];
// ruleid: php.ssrf.request-url-taint
$bytes = file_get_contents($imageUrl);

class WebhookController
{
    public function test(Request $request)
    {
        $target = $request->input('webhook');
        // ruleid: php.ssrf.request-url-taint
        $resp = Http::timeout(5)->post($target, ['ping' => true]);

        // ruleid: php.ssrf.request-url-taint
        $status = Http::get("https://{$request->input('host')}/health")->status();
        return [$resp->status(), $status];
    }

    public function safe(Request $request)
    {
        $host = parse_url($request->input('webhook'), PHP_URL_HOST);
        if (in_array($host, ['hooks.partner.example', 'api.partner.example'], true)) {
            // ok: php.ssrf.request-url-taint
            return Http::post($request->input('webhook'), ['ping' => true])->status();
        }
        return 400;
    }
}

$q = urlencode($_GET['q']);
// ok: php.ssrf.request-url-taint
$results = file_get_contents("https://search.example/api?q=$q");

// ok: php.ssrf.request-url-taint
$rates = curl_init('https://rates.example/latest');
