import os

from flask import Flask, request, abort
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
server = Server("ldaps://ldap.rinkclub.example", use_ssl=True)


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    if not user or not pw:
        abort(400)
    dn = f"uid={escape_rdn(user)},ou=members,dc=rinkclub,dc=example"
    conn = Connection(server, user=dn, password=pw)
    if not conn.bind():
        abort(401)
    conn.unbind()
    return "welcome"
