import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/lookup")
def lookup():
    uid = escape_filter_chars(request.form["uid"])
    conn = ldap.initialize("ldaps://ldap.internal")
    conn.simple_bind_s()
    res = conn.search_s("ou=seedbank,dc=example,dc=org", ldap.SCOPE_SUBTREE, f"(uid={uid})")
    return {"found": len(res)}
