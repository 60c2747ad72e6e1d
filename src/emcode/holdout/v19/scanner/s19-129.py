import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.corp.local"


@app.route("/directory")
def directory_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(LDAP_URL)
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    results = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"count": len(results)}
