from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
SERVER = Server("ldaps://ldap.hospital.example", use_ssl=True)


@app.post("/staff/login")
def staff_login():
    uid = request.form.get("uid", "")
    pw = request.form.get("password", "")
    if not uid or not pw:
        return {"ok": False}, 400
    dn = f"uid={escape_rdn(uid)},ou=people,dc=hospital,dc=example"
    try:
        Connection(SERVER, dn, pw, auto_bind=True).unbind()
    except LDAPException:
        return {"ok": False}, 401
    return {"ok": True}
