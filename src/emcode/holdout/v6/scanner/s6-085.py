import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)

@app.post("/lookup")
def lookup():
    uid = escape_filter_chars(request.form["uid"])
    conn = ldap.initialize("ldaps://ldap.corp.local")
    flt = f"(&(objectClass=person)(uid={uid}))"
    res = conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"n": len(res)}
