package store

import (
	"context"
	"database/sql"
	"fmt"
)

const usersTable = "users"

func Find(db *sql.DB, name string) error {
	// ruleid: go.injection.sql-sprintf
	rows, err := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
	if err != nil {
		return err
	}
	defer rows.Close()
	// ruleid: go.injection.sql-sprintf
	_, err = db.Exec("DELETE FROM sessions WHERE user = '" + name + "'")
	// ok: go.injection.sql-sprintf
	row := db.QueryRow("SELECT id FROM users WHERE name = $1", name)
	// ok: go.injection.sql-sprintf
	label := fmt.Sprintf("user %s", name)
	_ = row
	_ = label
	return err
}

func Count(ctx context.Context, db *sql.DB, table string) (int, error) {
	var n int
	// ruleid: go.injection.sql-sprintf
	err := db.QueryRowContext(ctx, fmt.Sprintf("SELECT COUNT(*) FROM %s", table)).Scan(&n)
	// ok: go.injection.sql-sprintf
	db.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+"users").Scan(&n)
	return n, err
}

func Profile(db *sql.DB, uid string) error {
	query := fmt.Sprintf(`SELECT name, city FROM profiles
		WHERE user_id = %s`, uid)
	// ruleid: go.injection.sql-sprintf
	rows, err := db.Query(query)
	if err != nil {
		return err
	}
	defer rows.Close()
	msg := fmt.Sprintf("loading profile %s", uid)
	// ok: go.injection.sql-sprintf
	_, err = db.Exec("INSERT INTO audit (msg) VALUES ($1)", msg)
	return err
}
