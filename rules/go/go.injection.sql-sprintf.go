package store

import (
	"database/sql"
	"fmt"
)

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
