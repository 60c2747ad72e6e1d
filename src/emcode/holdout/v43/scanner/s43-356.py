import os

import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/staff/lookup")
def staff_lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldaps://ldap.lingua-agency.com")
    conn.simple_bind_s("cn=reader,dc=lingua,dc=com", os.environ["LDAP_PW"])
    flt = "(&(objectClass=person)(uid=%s))" % uid
    res = conn.search_s("ou=people,dc=lingua,dc=com", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in res])
