import os
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    results = conn.search_s("ou=staff,dc=museum,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"found": [dn for dn, _ in results]}
