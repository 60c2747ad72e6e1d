import ldap
from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/lookup")
def lookup():
    uid = request.form["uid"]
    conn = ldap.initialize("ldap://ldap.internal")
    conn.simple_bind_s()
    res = conn.search_s("ou=icerink,dc=example,dc=org", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return {"fou