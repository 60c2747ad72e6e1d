import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/lookup")
def lookup():
    user = request.args.get("user", "")
    conn = ldap.initialize("ldaps://ldap.hospital.example")
    conn.simple_bind_s()
    results = conn.search_s("ou=staff,dc=hospital,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")", ["cn", "mail"])
    return {"found": [dn for dn, _ in results]}
