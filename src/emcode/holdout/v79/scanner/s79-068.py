import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldap://ldap.school.internal")
    conn.simple_bind_s()
    res = conn.search_s("ou=staff,dc=school,dc=org", ldap.SCOPE_SUBTREE, f"(uid={uid})", ["cn", "mail"])
    return {"found": len(res)}
