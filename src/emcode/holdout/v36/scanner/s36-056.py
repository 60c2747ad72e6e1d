import ldap
from flask import Flask, request

app = Flask(__name__)


@app.get("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    con = ldap.initialize("ldaps://ldap.uni.example.edu")
    con.simple_bind_s()
    results = con.search_s("ou=staff,dc=uni,dc=example,dc=edu", ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))", ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
