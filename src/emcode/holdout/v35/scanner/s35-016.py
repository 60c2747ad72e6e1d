import os

import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.shelter.example.org"
BASE = "ou=staff,dc=shelter,dc=example,dc=org"


@app.post("/staff/login")
def staff_login():
    uid = request.form.get("uid", "")
    pw = request.form.get("password", "")
    if not uid or not pw:
        return {"error": "missing credentials"}, 400
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s("cn=reader," + BASE, os.environ["LDAP_READER_PW"])
    res = conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={escape_filter_chars(uid)})", ["dn"])
    if len(res) != 1:
        return {"error": "invalid credentials"}, 401
    user_dn = res[0][0]
    try:
        ldap.initialize(LDAP_URL).simple_bind_s(user_dn, pw)
    except ldap.INVALID_CREDENTIALS:
        return {"error": "invalid credentials"}, 401
    return {"status": "ok"}
