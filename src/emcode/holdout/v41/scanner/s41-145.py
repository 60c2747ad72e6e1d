import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/login")
def staff_login():
    user = escape_filter_chars(request.form["username"])
    conn = ldap.initialize("ldaps://ldap.vetgroup.internal")
    conn.simple_bind_s("cn=reader,dc=vetgroup,dc=internal", app.config["LDAP_READER_PW"])
    res = conn.search_s("ou=staff,dc=vetgroup,dc=internal", ldap.SCOPE_SUBTREE, f"(uid={user})", ["cn", "mail"])
    if not res:
        return {"error": "unknown user"}, 404
    return {"dn": res[0][0]}
