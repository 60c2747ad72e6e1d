import os

import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.payroll.example.com"
BASE_DN = "ou=staff,dc=payroll,dc=example,dc=com"


@app.post("/staff/lookup")
def staff_lookup():
    uid = escape_filter_chars(request.form["uid"])
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(uid=%s))" % uid
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in results])
