<?php

namespace App\Controller\Admin;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[IsGranted('ROLE_ADMIN')]
#[Route('/admin')]
final class UserAdminController extends AbstractController
{
    #[Route('/users', name: 'admin_users')]
    // ok: php.access-control.symfony-admin-route-without-auth
    public function users(): Response
    {
        return $this->render('admin/users.html.twig');
    }
}
