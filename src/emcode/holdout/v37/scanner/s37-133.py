import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/staff/lookup")
def staff_lookup():
    name = escape_filter_chars(request.form["name"])
    conn = ldap.initialize("ldaps://ldap.grandhotel.internal")
    conn.simple_bind_s()
    res = conn.search_s("ou=staff,dc=grandhotel,dc=internal", ldap.SCOPE_SUBTREE, f"(cn={name}*)", ["mail"])
    return jsonify([dn for dn, _ in res])
