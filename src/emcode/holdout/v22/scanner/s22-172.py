import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server, SUBTREE
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server(os.environ["LDAP_URL"], use_ssl=True)


@app.get("/directory")
def directory():
    name = request.args.get("name", "")
    flt = f"(&(objectClass=inetOrgPerson)(cn=*{escape_filter_chars(name)}*))"
    with Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("ou=staff,dc=corp,dc=example", flt, SUBTREE, attributes=["cn", "mail", "telephoneNumber"])
        people = [{"name": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    return jsonify(people)
