import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/clerks/lookup")
def clerk_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.county-court.example")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + escape_filter_chars(uid) + "))"
    results = conn.search_s("ou=clerks,dc=county-court,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
