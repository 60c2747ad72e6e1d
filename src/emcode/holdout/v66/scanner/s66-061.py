import os

from flask import Flask, request, abort
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
SERVER = Server("ldaps://ldap.brightsmile.example", use_ssl=True)


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    if not user or not pw:
        abort(400)
    svc = Connection(SERVER, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    svc.search("ou=staff,dc=brightsmile,dc=example", f"(uid={escape_filter_chars(user)})")
    if len(svc.entries) != 1:
        abort(401)
    dn = svc.entries[0].entry_dn
    if not Connection(SERVER, dn, pw).bind():
        abort(401)
    return {"ok": True}
