import os

import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/directory/lookup")
def lookup():
    uid = request.form.get("uid", "")
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in results])
