import os

from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.post("/tenants/verify")
def verify_tenant():
    email = escape_filter_chars(request.form["email"])
    server = Server(os.environ["LDAP_HOST"], use_ssl=True)
    with Connection(server, os.environ["LDAP_USER"], os.environ["LDAP_PASS"], auto_bind=True) as c:
        c.search("dc=lettings,dc=example", "(mail={})".format(email), attributes=["cn"])
        return {"match": bool(c.entries)}
