import os

from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.school.internal")


@app.route("/teachers")
def teachers():
    dept = escape_filter_chars(request.args.get("dept", ""))
    with Connection(server, user=os.environ["LDAP_USER"], password=os.environ["LDAP_PASS"], auto_bind=True) as c:
        c.search("ou=staff,dc=school,dc=org", f"(&(objectClass=teacher)(department={dept}))", attributes=["cn"])
        return {"teachers": [str(e.cn) for e in c.entries]}
