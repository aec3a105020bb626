<?php
// routes/web.php

use App\Http\Controllers\Admin\UserController;
use App\Http\Controllers\ExportController;
use App\Http\Controllers\HomeController;
use App\Http\Controllers\SettingsController;
use Illuminate\Support\Facades\Route;

// ok: php.access-control.laravel-admin-route-without-auth
Route::get('/', [HomeController::class, 'index']);

// ruleid: php.access-control.laravel-admin-route-without-auth
Route::get('/admin/users', [UserController::class, 'index']);

// ruleid: php.access-control.laravel-admin-route-without-auth
Route::delete('/admin/users/{user}', [UserController::class, 'destroy'])->name('admin.users.destroy');

// ruleid: php.access-control.laravel-admin-route-without-auth
Route::get('/export/orders.csv', [ExportController::class, 'orders'])->middleware('throttle:10,1');

// ok: php.access-control.laravel-admin-route-without-auth
Route::get('/settings', [SettingsController::class, 'edit'])->middleware('auth');

// ok: php.access-control.laravel-admin-route-without-auth
Route::post('/admin/roles', [UserController::class, 'assignRole'])->middleware(['auth', 'can:manage-roles']);

Route::middleware(['auth', 'verified'])->prefix('admin')->group(function () {
    // ok: php.access-control.laravel-admin-route-without-auth
    Route::get('/admin/dashboard', [UserController::class, 'dashboard']);
    // ok: php.access-control.laravel-admin-route-without-auth
    Route::resource('users', UserController::class);
});

Route::group(['prefix' => 'internal', 'middleware' => 'auth:sanctum'], function () {
    // ok: php.access-control.laravel-admin-route-without-auth
    Route::get('/internal/metrics', [HomeController::class, 'metrics']);
});

Route::prefix('billing')->group(function () {
    // ruleid: php.access-control.laravel-admin-route-without-auth
    Route::get('/billing/invoices', [ExportController::class, 'invoices']);
});
