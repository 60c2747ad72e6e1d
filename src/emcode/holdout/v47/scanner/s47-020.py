import os

import ldap
from flask import Flask, jsonify, request

app = Flask(__name__)
LDAP_URI = os.environ.get("LDAP_URI", "ldaps://ldap.harbour.gov")


@app.route("/api/auth", methods=["POST"])
def auth():
    data = request.get_json(silent=True) or {}
    user, pw = data.get("user", ""), data.get("password", "")
    conn = ldap.initialize(LDAP_URI)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    res = conn.search_s("dc=harbour,dc=gov", ldap.SCOPE_SUBTREE, "(uid=" + user + ")", ["dn"])
    if not res:
        return jsonify(ok=False), 401
    try:
        conn.simple_bind_s(res[0][0], pw)
    except ldap.INVALID_CREDENTIALS:
        return jsonify(ok=False), 401
    return jsonify(ok=True)
