import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)


@app.get("/staff/lookup")
def staff_lookup():
    uid = escape_filter_chars(request.args["uid"])
    conn = ldap.initialize("ldaps://ldap.museum.internal")
    conn.simple_bind_s()
    results = conn.search_s(
        "ou=staff,dc=museum,dc=internal", ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))", ["cn", "mail"]
    )
    return {"found": [dn for dn, _ in results]}
