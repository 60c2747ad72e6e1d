import os

from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://directory.cabnet.io")


@app.post("/drivers/lookup")
def lookup():
    badge = escape_filter_chars(request.form["badge"])
    conn = Connection(server, user=os.environ["LDAP_BIND_DN"], password=os.environ["LDAP_BIND_PW"], auto_bind=True)
    conn.search("ou=drivers,dc=cabnet,dc=io", f"(employeeNumber={badge})", attributes=["cn"])
    return {"names": [str(e.cn) for e in conn.entries]}
