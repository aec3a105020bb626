<?php

namespace App\Controller;

use App\Repository\UserRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

class AdminController extends AbstractController
{
    #[Route('/admin/users', name: 'admin_users')]
    // ruleid: php.access-control.symfony-admin-route-without-auth
    public function users(UserRepository $users): Response
    {
        return $this->render('admin/users.html.twig', ['users' => $users->findAll()]);
    }

    #[Route('/admin/export', name: 'admin_export')]
    // ruleid: php.access-control.symfony-admin-route-without-auth
    public function export(UserRepository $users)
    {
        return $this->json($users->findAll());
    }

    #[Route('/admin/users/{id}/delete', name: 'admin_user_delete', methods: ['POST'])]
    #[IsGranted('ROLE_ADMIN')]
    // ok: php.access-control.symfony-admin-route-without-auth
    public function delete(int $id): Response
    {
        return $this->redirectToRoute('admin_users');
    }

    #[Route('/admin/settings', name: 'admin_settings')]
    // ok: php.access-control.symfony-admin-route-without-auth
    public function settings(): Response
    {
        $this->denyAccessUnlessGranted('ROLE_ADMIN');
        return $this->render('admin/settings.html.twig');
    }

    #[Route('/about', name: 'about')]
    // ok: php.access-control.symfony-admin-route-without-auth
    public function about(): Response
    {
        return $this->render('about.html.twig');
    }
}
