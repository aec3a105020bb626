package directory

import (
	"fmt"
	"net/http"

	"github.com/go-ldap/ldap/v3"
)

type Handler struct {
	conn *ldap.Conn
}

func (h *Handler) FindUser(w http.ResponseWriter, r *http.Request) {
	username := r.URL.Query().Get("user")
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", username)
	// ruleid: go.injection.ldap-filter-taint
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, filter, []string{"cn", "mail"}, nil)
	h.conn.Search(req)
}

func (h *Handler) FindUserSafe(w http.ResponseWriter, r *http.Request) {
	username := r.URL.Query().Get("user")
	filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", ldap.EscapeFilter(username))
	// ok: go.injection.ldap-filter-taint
	req := ldap.NewSearchRequest("dc=example,dc=com", ldap.ScopeWholeSubtree, ldap.NeverDerefAliases, 0, 0, false, filter, []string{"cn"}, nil)
	h.conn.Search(req)
}

func (h *Handler) Group(w http.ResponseWriter, r *http.Request) {
	// ruleid: go.injection.ldap-filter-taint
	req := ldap.NewSearchRequest("ou=groups,dc=example,dc=com", ldap.ScopeSingleLevel, ldap.NeverDerefAliases, 0, 0, false, "(cn="+r.FormValue("group")+")", nil, nil)
	h.conn.Search(req)
	// ok: go.injection.ldap-filter-taint
	all := ldap.NewSearchRequest("ou=groups,dc=example,dc=com", ldap.ScopeSingleLevel, ldap.NeverDerefAliases, 0, 0, false, "(objectClass=group)", nil, nil)
	h.conn.Search(all)
}
