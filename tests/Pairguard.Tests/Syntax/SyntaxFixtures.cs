namespace Pairguard.Tests.Syntax;

/// <summary>Real-world-shaped sources, one per language, shared by the syntax tests (line numbers matter: tests assert spans).</summary>
internal static class SyntaxFixtures
{
    /// <summary>app.py</summary>
    public const string FlaskApp = """
# A small Flask app
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/users/<user_id>")
def get_user(user_id, verbose=False):
    db = sqlite3.connect("app.db")
    query = "SELECT * FROM users WHERE id = " + user_id
    row = db.execute(query).fetchone()
    app.logger.info(f"fetched {user_id} for {request.remote_addr}")
    return jsonify(row)
""";

    /// <summary>server.js</summary>
    public const string ExpressHandler = """
// Express handler
const express = require("express");
import { db } from "./db.js";

const app = express();

app.get("/users/:id", async (req, res) => {
  const id = req.params.id;
  let sql = "SELECT * FROM users WHERE id = " + id;
  const rows = await db.query(`SELECT * FROM users WHERE name = '${req.query.name}'`);
  res.send(rows);
});

function helper(a, b = 2) {
  return a + b;
}
""";

    /// <summary>UserController.java</summary>
    public const string SpringController = """
package com.example.demo;

import org.springframework.web.bind.annotation.*;
import java.sql.Statement;

// Spring controller
@RestController
public class UserController {
    private final JdbcTemplate jdbc;

    @GetMapping("/users/{id}")
    public String getUser(@PathVariable String id, Model model) throws Exception {
        String sql = "SELECT * FROM users WHERE id = " + id;
        Statement stmt = this.jdbc.getConnection().createStatement();
        stmt.executeQuery(sql);
        sql = "x";
        return "user";
    }
}
""";

    /// <summary>UsersController.cs</summary>
    public const string AspNetController = """
using Microsoft.AspNetCore.Mvc;
using System.Data.SqlClient;

namespace Demo.Controllers;

// ASP.NET controller
[ApiController]
[Route("api/[controller]")]
public class UsersController : ControllerBase
{
    private readonly AppDb _db;

    [HttpGet("{id}")]
    public IActionResult Get(string id, [FromQuery] int page = 1)
    {
        var sql = "SELECT * FROM Users WHERE Id = " + id;
        _db.Database.ExecuteSqlRaw(sql);
        _logger.LogInformation($"loaded {id} page {page}");
        page = 2;
        return Ok(sql);
    }
}
""";

    /// <summary>handler.go</summary>
    public const string GoHandler = """
package main

import (
	"database/sql"
	"fmt"
	"net/http"
)

// getUser is a Go HTTP handler
func getUser(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	query := "SELECT * FROM users WHERE id = " + id
	var name string
	rows, err := db.Query(query)
	name = fmt.Sprintf("user %s", id)
	fmt.Fprintf(w, `hello %s`, name)
	return
}

func (s *Server) Start(addr string) error {
	return http.ListenAndServe(addr, nil)
}
""";

    /// <summary>user.php</summary>
    public const string PhpScript = """
<?php
// A PHP script
namespace App;
use Illuminate\Support\Facades\DB;

#[Route("/users")]
function get_user($id, $limit = 10) {
    $sql = "SELECT * FROM users WHERE id = " . $id;
    $rows = $pdo->query("SELECT * FROM users WHERE name = '$name' AND id = {$id}");
    echo htmlspecialchars($rows[0]['name']);
    $x = $this->prefix . 'literal';
    return $rows;
}

class UserRepo {
    public function find(int $id): array {
        return DB::select('select 1');
    }
}
""";

    /// <summary>users_controller.rb</summary>
    public const string RailsController = """
# Rails controller
require "json"

class UsersController < ApplicationController
  before_action :authenticate_user!

  def show(format = :json)
    @user = User.where("name = '#{params[:name]}'").first
    sql = "SELECT * FROM users WHERE id = " + params[:id]
    ActiveRecord::Base.connection.execute(sql)
    render json: @user
    return @user
  end
end
""";

    /// <summary>user.service.ts</summary>
    public const string TsService = """
import { Injectable } from "@angular/core";
import type { User } from "./user";

// TS service
@Injectable({ providedIn: "root" })
export class UserService {
  constructor(private http: HttpClient) {}

  async load(id: string, page: number = 1): Promise<User> {
    const url: string = "/api/users/" + id;
    const res = await this.http.get<User>(`${url}?page=${page}`);
    return res;
  }
}
""";

    /// <summary>Profile.tsx</summary>
    public const string TsxComponent = """
import React, { useState } from "react";

// TSX component
export function Profile({ user }: { user: User }) {
  const [bio, setBio] = useState<string>("");
  const html = "<b>" + user.name + "</b>";
  fetch(`/api/users/${user.id}`).then((r) => r.json());
  return <div dangerouslySetInnerHTML={{ __html: html }} className="profile">{bio}</div>;
}
""";
}
