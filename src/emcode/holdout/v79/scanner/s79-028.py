import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldaps://ldap.school.internal")
    conn.simple_bind_s()
    res = conn.search_s("ou=staff,dc=school,dc=org", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid, ["cn", "mail"])
    return {"found": len(res)}
