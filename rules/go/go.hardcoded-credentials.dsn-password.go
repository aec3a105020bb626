package store

import (
	"database/sql"
	"fmt"
	"os"

	_ "github.com/go-sql-driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func OpenMySQL() (*sql.DB, error) {
	// ruleid: go.hardcoded-credentials.dsn-password
	return sql.Open("mysql", "root:Passw0rd!@tcp(127.0.0.1:3306)/shop?parseTime=true")
}

func OpenGorm() (*gorm.DB, error) {
	// ruleid: go.hardcoded-credentials.dsn-password
	dialector := postgres.Open("host=db user=app password=hunter2secret dbname=shop sslmode=disable")
	return gorm.Open(dialector, &gorm.Config{})
}

func OpenFromEnv() (*sql.DB, error) {
	dsn := fmt.Sprintf("%s:%s@tcp(%s)/%s", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_HOST"), os.Getenv("DB_NAME"))
	// ok: go.hardcoded-credentials.dsn-password
	return sql.Open("mysql", dsn)
}

func OpenLocal() (*sql.DB, error) {
	// ok: go.hardcoded-credentials.dsn-password
	return sql.Open("sqlite3", "file:app.db?cache=shared")
}
