import os

import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.lingua-agency.com")
    conn.simple_bind_s("cn=reader,dc=lingua,dc=com", os.environ["LDAP_PW"])
    res = conn.search_s("ou=people,dc=lingua,dc=com", ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))", ["cn", "mail"])
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in res])
