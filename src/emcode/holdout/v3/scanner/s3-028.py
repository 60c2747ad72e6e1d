import os

import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory")
def directory():
    username = request.args["user"]
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s("cn=reader,dc=corp,dc=example", os.environ["LDAP_READER_PW"])
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE,
                            f"(uid={username})", ["cn", "mail"])
    return {"entries": [dn for dn, _ in results]}
