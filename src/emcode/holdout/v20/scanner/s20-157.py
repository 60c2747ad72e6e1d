import os

from flask import Flask, request, jsonify
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server(os.environ["LDAP_URL"], use_ssl=True)


@app.route("/directory/user")
def find_user():
    uid = request.args.get("uid", "")
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    with Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("ou=people,dc=example,dc=com", flt, attributes=["cn", "mail"])
        return jsonify([str(e.cn) for e in conn.entries])
