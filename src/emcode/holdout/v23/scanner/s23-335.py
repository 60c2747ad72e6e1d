import os
from ldap3 import Server, Connection
from ldap3.core.exceptions import LDAPBindError
from ldap3.utils.dn import escape_rdn
from flask import Flask, request, jsonify

app = Flask(__name__)
SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.corp.example"), use_ssl=True)


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not username or not password:
        return jsonify(ok=False), 400
    user_dn = f"uid={escape_rdn(username)},ou=people,dc=corp,dc=example"
    try:
        Connection(SERVER, user=user_dn, password=password, auto_bind=True).unbind()
    except LDAPBindError:
        return jsonify(ok=False), 401
    return jsonify(ok=True)
