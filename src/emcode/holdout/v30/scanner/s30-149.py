import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.northfield.ac.uk", use_ssl=True)


@app.get("/staff")
def staff():
    name = escape_filter_chars(request.args.get("name", ""))
    conn = Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    conn.search("ou=admissions,dc=northfield,dc=ac,dc=uk", f"(cn=*{name}*)", attributes=["cn", "mail"])
    out = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    conn.unbind()
    return jsonify(out)
