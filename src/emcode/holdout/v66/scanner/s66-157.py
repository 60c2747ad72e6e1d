import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/couriers/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.dispatch.internal")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    res = conn.search_s("ou=couriers,dc=dispatch,dc=internal", ldap.SCOPE_SUBTREE, flt, ["cn", "mobile"])
    return {"matches": [dn for dn, _ in res]}
