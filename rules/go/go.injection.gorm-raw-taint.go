package handlers

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Name  string
	Email string
}

type UserHandler struct {
	DB *gorm.DB
}

func (h *UserHandler) Search(c *gin.Context) {
	name := c.Query("name")
	var users []User
	// ruleid: go.injection.gorm-raw-taint
	h.DB.Where(fmt.Sprintf("name LIKE '%%%s%%'", name)).Find(&users)
	// ok: go.injection.gorm-raw-taint
	h.DB.Where("name LIKE ?", "%"+name+"%").Find(&users)
	// ok: go.injection.gorm-raw-taint
	h.DB.Where(&User{Name: name}).Find(&users)
	c.JSON(http.StatusOK, users)
}

func (h *UserHandler) Report(c *gin.Context) {
	var rows []User
	sortBy := c.DefaultQuery("sort", "id")
	// ruleid: go.injection.gorm-raw-taint
	h.DB.Raw("SELECT * FROM users ORDER BY " + sortBy).Scan(&rows)
	// ruleid: go.injection.gorm-raw-taint
	h.DB.Order(sortBy).Find(&rows)
	allowed := map[string]string{"name": "name", "email": "email"}
	column, ok := allowed["name"]
	if !ok {
		column = "id"
	}
	// ok: go.injection.gorm-raw-taint
	h.DB.Order(column).Find(&rows)
	// ok: go.injection.gorm-raw-taint
	h.DB.Raw("SELECT * FROM users WHERE email = ?", c.Query("email")).Scan(&rows)
	c.JSON(http.StatusOK, rows)
}
