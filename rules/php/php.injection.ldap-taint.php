<?php
// ldap_login.php

$ds = ldap_connect('ldap://ldap.example.org');
ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_bind($ds, getenv('LDAP_BIND_DN'), getenv('LDAP_BIND_PW'));

$username = $_POST['username'];
// ruleid: php.injection.ldap-taint
$sr = ldap_search($ds, 'ou=people,dc=example,dc=org', "(uid=$username)");

$group = $_GET['group'];
$filter = '(&(objectClass=groupOfNames)(cn=' . $group . '))';
// ruleid: php.injection.ldap-taint
$groups = ldap_list($ds, 'ou=groups,dc=example,dc=org', $filter, ['cn', 'member']);

// ruleid: php.injection.ldap-taint
$ok = ldap_bind($ds, "uid={$_POST['username']},ou=people,dc=example,dc=org", $_POST['password']);

$safeUser = ldap_escape($username, '', LDAP_ESCAPE_FILTER);
// ok: php.injection.ldap-taint
$sr2 = ldap_search($ds, 'ou=people,dc=example,dc=org', "(uid=$safeUser)");

// ok: php.injection.ldap-taint
$admins = ldap_search($ds, 'ou=groups,dc=example,dc=org', '(cn=admins)');

$dn = 'uid=' . ldap_escape($username, '', LDAP_ESCAPE_DN) . ',ou=people,dc=example,dc=org';
// ok: php.injection.ldap-taint
$bound = ldap_bind($ds, $dn, $_POST['password']);
