import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/lookup")
def staff_lookup():
    uid = escape_filter_chars(request.form["uid"])
    conn = ldap.initialize("ldaps://ldap.pharmacy.internal")
    conn.simple_bind_s()
    res = conn.search_s("ou=staff,dc=pharmacy,dc=internal", ldap.SCOPE_SUBTREE,
                        "(&(objectClass=person)(uid=" + uid + "))", ["cn", "mail"])
    return {"matches": [dn for dn, _ in res]}
