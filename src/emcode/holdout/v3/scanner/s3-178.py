import os

import ldap
from flask import Flask, request
from ldap.filter import escape_filter_chars

app = Flask(__name__)


@app.route("/directory")
def directory():
    username = escape_filter_chars(request.args["user"])
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s("cn=reader,dc=corp,dc=example", os.environ["LDAP_READER_PW"])
    query = "(uid=%s)" % username
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, query, ["cn", "mail"])
    return {"entries": [dn for dn, _ in results]}
