import os
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/lookup")
def staff_lookup():
    uid = request.form["uid"]
    conn = ldap.initialize("ldaps://ldap.clinic.local")
    conn.simple_bind_s("cn=reader,dc=clinic,dc=local", os.environ["LDAP_PW"])
    safe_uid = escape_filter_chars(uid)
    search_filter = "(&(objectClass=person)(uid=%s))" % safe_uid
    results = conn.search_s("ou=staff,dc=clinic,dc=local", ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
