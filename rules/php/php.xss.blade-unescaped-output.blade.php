<?php /* resources/views/profile/show.blade.php */ ?>
@extends('layouts.app')

@section('content')
  <h1>{{ $user->name }}</h1> {{-- // ok: php.xss.blade-unescaped-output --}}
  <div class="bio">{!! $user->bio !!}</div> {{-- // ruleid: php.xss.blade-unescaped-output --}}
  <p>Search: {!! request('q') !!}</p> {{-- // ruleid: php.xss.blade-unescaped-output --}}
  <input name="title" value="{!! old('title') !!}"> {{-- // ruleid: php.xss.blade-unescaped-output --}}
  <form method="POST">{!! csrf_field() !!}</form> {{-- // ok: php.xss.blade-unescaped-output --}}
  <nav>{!! $posts->links() !!}</nav> {{-- // ok: php.xss.blade-unescaped-output --}}
  <article>{!! clean($post->body) !!}</article> {{-- // ok: php.xss.blade-unescaped-output --}}
@endsection
