import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.corp.local")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    results = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
