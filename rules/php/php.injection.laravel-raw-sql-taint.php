<?php

namespace App\Http\Controllers;

use App\Models\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class UserSearchController extends Controller
{
    public function search(Request $request)
    {
        $term = $request->input('q');
        // ruleid: php.injection.laravel-raw-sql-taint
        $users = User::whereRaw("name LIKE '%$term%'")->get();

        $sort = $request->query('sort', 'name');
        // ruleid: php.injection.laravel-raw-sql-taint
        return DB::table('users')->orderByRaw($sort . ' DESC')->paginate(20);
    }

    public function stats(Request $request)
    {
        $year = $request->get('year');
        // ruleid: php.injection.laravel-raw-sql-taint
        $rows = DB::select("SELECT COUNT(*) AS n FROM orders WHERE YEAR(created_at) = $year");
        $col = $request->input('column');
        // ruleid: php.injection.laravel-raw-sql-taint
        $totals = DB::table('orders')->select(DB::raw("SUM($col) as total"))->first();
        return response()->json([$rows, $totals]);
    }

    public function purge(Request $request)
    {
        // ruleid: php.injection.laravel-raw-sql-taint
        DB::statement('DELETE FROM sessions WHERE user_id = ' . $request->input('user'));
    }

    public function safeSearch(Request $request)
    {
        $term = $request->input('q');
        // ok: php.injection.laravel-raw-sql-taint
        $users = User::whereRaw('name LIKE ?', ["%{$term}%"])->get();

        // ok: php.injection.laravel-raw-sql-taint
        $rows = DB::select('SELECT * FROM orders WHERE YEAR(created_at) = ?', [$request->get('year')]);

        $year = (int) $request->get('year');
        // ok: php.injection.laravel-raw-sql-taint
        $more = DB::select("SELECT COUNT(*) AS n FROM orders WHERE YEAR(created_at) = $year");

        // ok: php.injection.laravel-raw-sql-taint
        $totals = DB::table('orders')->select(DB::raw('SUM(amount) as total'))->first();
        return [$users, $rows, $more, $totals];
    }
}
