from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.core.exceptions import LDAPBindError
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
server = Server("ldaps://ldap.city.gov", use_ssl=True)


@app.post("/officer/login")
def officer_login():
    uid = request.form.get("uid", "")
    pw = request.form.get("password", "")
    if not uid or not pw:
        return jsonify(ok=False), 400
    dn = f"uid={escape_rdn(uid)},ou=enforcement,dc=city,dc=gov"
    try:
        Connection(server, user=dn, password=pw, auto_bind=True).unbind()
    except LDAPBindError:
        return jsonify(ok=False), 401
    return jsonify(ok=True)
