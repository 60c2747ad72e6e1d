import os

from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)


@app.post("/staff/login")
def staff_login():
    uid = request.form.get("uid", "")
    pw = request.form.get("password", "")
    if not uid or not pw:
        return {"ok": False}, 400
    dn = f"uid={escape_rdn(uid)},ou=staff,dc=museum,dc=org"
    conn = Connection(Server(os.environ["LDAP_HOST"], use_ssl=True), dn, pw)
    ok = conn.bind()
    conn.unbind()
    return {"ok": ok}, 200 if ok else 401
