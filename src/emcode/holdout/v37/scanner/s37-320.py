import os

from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
SERVER = Server("ldaps://ldap.orchestra.example.org", use_ssl=True)


@app.post("/login")
def login():
    user = request.form.get("user", "")
    password = request.form.get("password", "")
    if not user or not password:
        return {"ok": False}, 400
    dn = f"uid={escape_rdn(user)},ou=musicians,dc=orchestra,dc=example,dc=org"
    conn = Connection(SERVER, user=dn, password=password)
    ok = conn.bind()
    conn.unbind()
    return {"ok": ok}, (200 if ok else 401)
