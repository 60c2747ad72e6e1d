import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff-lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.school.local")
    res = conn.search_s("ou=staff,dc=school,dc=local", ldap.SCOPE_SUBTREE, "(uid=" + uid + ")", ["cn", "mail"])
    return {"found": [dn for dn, _ in res]}
