import ldap
from flask import Flask, request

app = Flask(__name__)

@app.route("/ldap/user")
def user():
    uid = request.args.get("uid", "")
    con = ldap.initialize("ldap://ldap.corp")
    con.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    res = con.search_s("dc=corp", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return {"n": len(res)}
