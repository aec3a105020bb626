package api

import (
	"database/sql"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
	"github.com/jmoiron/sqlx"
)

type Server struct {
	db  *sql.DB
	dbx *sqlx.DB
}

func (s *Server) SearchUsers(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	query := fmt.Sprintf("SELECT id, email FROM users WHERE name = '%s'", name)
	// ruleid: go.injection.sql-taint
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	// ok: go.injection.sql-taint
	safeRows, _ := s.db.Query("SELECT id, email FROM users WHERE name = $1", name)
	defer safeRows.Close()
}

func (s *Server) DeleteUser(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	// ruleid: go.injection.sql-taint
	s.db.ExecContext(r.Context(), "DELETE FROM users WHERE id = "+id)
	n, err := strconv.Atoi(id)
	if err != nil {
		return
	}
	// ok: go.injection.sql-taint
	s.db.ExecContext(r.Context(), fmt.Sprintf("DELETE FROM users WHERE id = %d", n))
}

func orderClause(sort string) string {
	return " ORDER BY " + sort
}

func (s *Server) ListProducts(c *gin.Context) {
	var products []Product
	// ruleid: go.injection.sql-taint
	s.dbx.Select(&products, "SELECT * FROM products"+orderClause(c.Query("sort")))
	// ok: go.injection.sql-taint
	s.dbx.Select(&products, "SELECT * FROM products WHERE category = ?", c.Query("category"))
	// ok: go.injection.sql-taint
	s.dbx.Select(&products, "SELECT * FROM products"+orderClause("name"))
	c.JSON(http.StatusOK, products)
}

func (s *Server) Login(c *gin.Context) {
	user := c.PostForm("user")
	// ruleid: go.injection.sql-taint
	row := s.db.QueryRow("SELECT hash FROM accounts WHERE user = '" + user + "'")
	_ = row
}

type Product struct{ ID int }
