import ldap
from flask import Flask, request

app = Flask(__name__)
BASE_DN = "ou=people,dc=corp,dc=example"


@app.post("/directory/lookup")
def lookup():
    username = request.form["username"]
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + username + "))"
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
