import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/directory")
def directory():
    name = request.args.get("name", "")
    conn = ldap.initialize("ldap://ldap.example.org")
    conn.simple_bind_s()
    search_filter = "(|(cn=" + name + ")(mail=" + name + "))"
    results = conn.search_s("dc=example,dc=org", ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])
    return jsonify([dn for dn, _ in results])
