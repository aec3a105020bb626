require "net/ldap"

class DirectoryController < ApplicationController
  def lookup
    ldap = Net::LDAP.new(host: "ldap.internal", port: 389)
    user = params[:user]
    # ruleid: ruby.injection.ldap-filter
    entries = ldap.search(base: "dc=corp,dc=local", filter: "(uid=#{user})")
    # ok: ruby.injection.ldap-filter
    entries2 = ldap.search(base: "dc=corp,dc=local", filter: Net::LDAP::Filter.eq("uid", user))
    # ruleid: ruby.injection.ldap-filter
    filter = Net::LDAP::Filter.construct("(&(objectClass=person)(mail=#{params[:mail]}))")
    # ok: ruby.injection.ldap-filter
    filter2 = Net::LDAP::Filter.construct("(&(objectClass=person)(mail=#{Net::LDAP::Filter.escape(params[:mail])}))")
    render json: [entries, entries2, filter, filter2]
  end

  def login
    ldap = Net::LDAP.new(host: "ldap.internal")
    # ruleid: ruby.injection.ldap-filter
    ok = ldap.bind_as(base: "dc=corp,dc=local", filter: "(uid=#{params[:username]})", password: params[:password])
    # ok: ruby.injection.ldap-filter
    all = ldap.search(base: "dc=corp,dc=local", filter: "(objectClass=person)")
    head(ok ? :ok : :unauthorized)
  end
end
