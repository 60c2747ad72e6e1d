import os

import ldap3
from flask import Flask, abort, request
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
SERVER = ldap3.Server("ldaps://ldap.corp.example")


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    if not uid or len(uid) > 64:
        abort(400)
    safe_uid = escape_filter_chars(uid)
    search_filter = "(&(objectClass=person)(uid=%s))" % safe_uid
    conn = ldap3.Connection(SERVER, "cn=reader,dc=corp", os.environ["LDAP_PW"], auto_bind=True)
    conn.search("ou=people,dc=corp", search_filter, attributes=["cn", "mail"])
    return {"entries": [e.entry_to_json() for e in conn.entries]}
