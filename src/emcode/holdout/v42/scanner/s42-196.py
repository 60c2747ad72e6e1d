from flask import Flask, request, jsonify
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.trialnet.example.org")


@app.post("/coordinators/lookup")
def lookup():
    name = escape_filter_chars(request.form["name"])
    conn = Connection(server, auto_bind=True)
    conn.search("dc=trialnet,dc=example,dc=org", f"(cn=*{name}*)", SUBTREE, attributes=["mail", "ou"])
    return jsonify([e.entry_to_json() for e in conn.entries])
