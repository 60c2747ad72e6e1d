from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request
import os

app = Flask(__name__)

@app.route("/directory")
def directory():
    who = escape_filter_chars(request.args.get("uid", ""))
    conn = Connection(Server("ldaps://ldap.corp"), os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    conn.search("ou=people,dc=corp", f"(uid={who})", attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
