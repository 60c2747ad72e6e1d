import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/lookup")
def lookup():
    user = escape_filter_chars(request.args.get("user", ""))
    conn = ldap.initialize("ldaps://ldap.hospital.example")
    conn.simple_bind_s()
    results = conn.search_s("ou=staff,dc=hospital,dc=example", ldap.SCOPE_SUBTREE, f"(uid={user})", ["cn", "mail"])
    return {"found": [dn for dn, _ in results]}
