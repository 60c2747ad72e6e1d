import os

from flask import Flask, request, jsonify
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.gymchain.com", use_ssl=True)


@app.get("/trainers")
def trainers():
    city = escape_filter_chars(request.args.get("city", ""))
    with Connection(server, "cn=svc-trainers,dc=gymchain,dc=com", os.environ["LDAP_BIND_PW"], auto_bind=True) as c:
        c.search("ou=trainers,dc=gymchain,dc=com", f"(&(objectClass=person)(l={city}))", attributes=["cn", "mail"])
        return jsonify([{"name": str(e.cn), "mail": str(e.mail)} for e in c.entries])
