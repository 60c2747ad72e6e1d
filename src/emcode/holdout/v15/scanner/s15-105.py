from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldap://ldap.corp.local")


@app.route("/ldap-login", methods=["POST"])
def ldap_login():
    user = request.form["user"]
    conn = Connection(server, auto_bind=True)
    conn.search("dc=corp,dc=local", "(&(uid=" + user + ")(memberOf=cn=staff,dc=corp,dc=local))")
    return {"found": len(conn.entries)}
