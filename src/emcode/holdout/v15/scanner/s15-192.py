import os

from flask import Flask, jsonify, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.corp.example.com")


@app.route("/directory/lookup")
def lookup():
    username = request.args.get("user", "")
    flt = "(&(objectClass=inetOrgPerson)(uid={}))".format(escape_filter_chars(username))
    with Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("ou=people,dc=corp,dc=example,dc=com", flt, attributes=["cn", "mail"])
        people = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    return jsonify(people)
