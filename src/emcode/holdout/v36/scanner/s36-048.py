import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.get("/staff/lookup")
def staff_lookup():
    uid = ldap.filter.escape_filter_chars(request.args.get("uid", ""))
    con = ldap.initialize("ldaps://ldap.uni.example.edu")
    con.simple_bind_s()
    flt = "(&(objectClass=person)(uid=%s))" % uid
    results = con.search_s("ou=staff,dc=uni,dc=example,dc=edu", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
