import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)

@app.route("/lookup")
def lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldaps://ldap.corp")
    flt = "(&(objectClass=person)(uid=" + uid + "))"
    res = conn.search_s("dc=corp", ldap.SCOPE_SUBTREE, flt)
    return {"n": len(res)}
