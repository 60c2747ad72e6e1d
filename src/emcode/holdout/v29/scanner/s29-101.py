import os

from flask import Flask, request, jsonify
from ldap3 import Server, Connection
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
SERVER = Server(os.environ.get("LDAP_HOST", "ldaps://ldap.citylibrary.org"), use_ssl=True)


@app.post("/staff/login")
def staff_login():
    body = request.get_json(silent=True) or {}
    uid, password = body.get("uid", ""), body.get("password", "")
    if not uid or not password:
        return jsonify(ok=False), 400
    dn = f"uid={escape_rdn(uid)},ou=staff,dc=citylibrary,dc=org"
    conn = Connection(SERVER, user=dn, password=password)
    ok = conn.bind()
    conn.unbind()
    return jsonify(ok=ok), (200 if ok else 401)
