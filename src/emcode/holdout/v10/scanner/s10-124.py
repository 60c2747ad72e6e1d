import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory/lookup")
def lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldaps://ldap.corp.local")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    results = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
