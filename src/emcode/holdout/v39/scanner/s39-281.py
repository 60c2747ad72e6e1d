import os

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    res = conn.search_s("ou=curators,dc=museum,dc=org", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"found": [dn for dn, _ in res]}
