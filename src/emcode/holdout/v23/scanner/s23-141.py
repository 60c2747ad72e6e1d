import os
from ldap3 import Server, Connection
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    surname = request.args.get("surname", "")
    conn = Connection(Server(os.environ["LDAP_URL"]), os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True)
    search = "(&(objectClass=inetOrgPerson)(sn=" + surname + "*))"
    conn.search("dc=clinic,dc=example", search, attributes=["cn"])
    return jsonify([str(e.cn) for e in conn.entries])
