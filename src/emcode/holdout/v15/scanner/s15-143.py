from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.corp.local")


@app.route("/ldap-login", methods=["POST"])
def ldap_login():
    uid = escape_filter_chars(request.form["user"])
    conn = Connection(server, auto_bind=True)
    conn.search("dc=corp,dc=local", f"(&(uid={uid})(memberOf=cn=staff,dc=corp,dc=local))")
    if len(conn.entries) != 1:
        return {"ok": False}, 401
    dn = conn.entries[0].entry_dn
    ok = Connection(server, user=dn, password=request.form["password"]).bind()
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
