import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.school.internal"
BASE = "ou=staff,dc=school,dc=internal"


@app.get("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    results = conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(&(objectClass=person)(uid={uid}))",
                            ["cn", "mail", "departmentNumber"])
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in results])
