import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory")
def directory():
    uid = escape_filter_chars(request.args["uid"])
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"entries": [dn for dn, _ in results]}
