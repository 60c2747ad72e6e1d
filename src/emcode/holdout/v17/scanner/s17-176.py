import os
import ldap3
from flask import Flask, request, abort

app = Flask(__name__)
SERVER = ldap3.Server("ldaps://ldap.corp.example")


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    if not uid:
        abort(400)
    conn = ldap3.Connection(SERVER, "cn=reader,dc=corp", os.environ["LDAP_PW"], auto_bind=True)
    conn.search("ou=people,dc=corp", f"(&(objectClass=person)(uid={uid}))", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
