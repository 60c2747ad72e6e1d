import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff-lookup")
def staff_lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize("ldaps://ldap.school.local")
    res = conn.search_s("ou=staff,dc=school,dc=local", ldap.SCOPE_SUBTREE, f"(uid={uid})", ["cn", "mail"])
    return {"found": [dn for dn, _ in res]}
