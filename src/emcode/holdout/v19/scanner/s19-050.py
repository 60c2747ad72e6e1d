import ldap
from flask import Flask, request

app = Flask(__name__)
LDAP_URL = "ldap://ldap.corp.local"


@app.route("/directory")
def directory_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(LDAP_URL)
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    results = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"count": len(results)}
