import ldap
from flask import Flask, request

app = Flask(__name__)

@app.post("/lookup")
def lookup():
    uid = request.form["uid"]
    conn = ldap.initialize("ldap://ldap.corp.local")
    flt = "(&(objectClass=person)(uid=%s))" % uid
    res = conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return {"n": len(res)}
