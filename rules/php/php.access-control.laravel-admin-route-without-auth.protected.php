<?php
// app/Providers/RouteServiceProvider.php loads the admin routes inside an authenticated group;
// in the real project routes/admin.php is a separate file.

use App\Http\Controllers\Admin\UserController;
use Illuminate\Support\Facades\Route;

Route::middleware(['web', 'auth', 'can:access-admin'])
    ->prefix('admin')
    ->group(base_path('routes/admin.php'));

// ok: php.access-control.laravel-admin-route-without-auth
Route::get('/admin/users', [UserController::class, 'index']);

// ok: php.access-control.laravel-admin-route-without-auth
Route::delete('/admin/users/{user}', [UserController::class, 'destroy']);
