import os
import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/directory/lookup")
def lookup():
    uid = request.form["uid"]
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    res = conn.search_s("ou=staff,dc=court,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in res])
