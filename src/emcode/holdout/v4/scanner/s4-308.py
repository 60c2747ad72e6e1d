import ldap
from flask import Flask, request

app = Flask(__name__)


@app.post("/lookup")
def lookup():
    uid = request.form["uid"]
    conn = ldap.initialize("ldaps://ldap.corp.local")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=%s))" % uid
    res = conn.search_s("ou=people,dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"found": len(res)}
