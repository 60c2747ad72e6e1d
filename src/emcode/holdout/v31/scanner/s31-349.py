import os

import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.payroll.example.com"
BASE_DN = "ou=staff,dc=payroll,dc=example,dc=com"


@app.post("/staff/lookup")
def staff_lookup():
    uid = request.form["uid"]
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(uid=" + uid + "))", ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in results])
