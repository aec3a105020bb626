<?php
// calc.php: "evaluate a math expression" endpoint.

$expr = $_GET['expr'];
// ruleid: php.injection.code-eval-taint
$result = eval("return $expr;");
echo json_encode(['result' => $result]);

$action = $_REQUEST['action'] ?? 'index';
// ruleid: php.injection.code-eval-taint
call_user_func($action, $_REQUEST);

$filter = $_POST['filter'];
// ruleid: php.injection.code-eval-taint
$fn = create_function('$row', "return $filter;");

$handler = $_GET['cb'];
// ruleid: php.injection.code-eval-taint
$handler($_GET['arg']);

function evaluate($code)
{
    // ruleid: php.injection.code-eval-taint
    return assert($code);
}
evaluate($_COOKIE['debug_expr']);

$n = (int) $_GET['n'];
// ok: php.injection.code-eval-taint
$square = eval("return $n * $n;");

$actions = ['list' => 'listItems', 'show' => 'showItem'];
$fnName = $actions['list'];
// ok: php.injection.code-eval-taint
call_user_func($fnName, $_GET);

// ok: php.injection.code-eval-taint
$names = array_map('trim', explode(',', $_GET['names']));

$template = $_POST['template'];
// ruleid: php.injection.code-eval-taint
$rendered = preg_replace('/\{(\w+)\}/e', $template, $layout);

// ok: php.injection.code-eval-taint
$clean = preg_replace('/\s+/', $_POST['sep'], $layout);
