import ldap
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup")
def lookup():
    uid = request.args.get("uid")
    conn = ldap.initialize("ldap://ldap.corp")
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    res = conn.search_s("dc=corp", ldap.SCOPE_SUBTREE, flt)
    return {"n": len(res)}
