import ldap
from ldap.filter import filter_format
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.school.internal"
BASE = "ou=staff,dc=school,dc=internal"


@app.get("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    query = filter_format("(&(objectClass=person)(uid=%s))", [uid])
    results = conn.search_s(BASE, ldap.SCOPE_SUBTREE, query, ["cn", "mail", "departmentNumber"])
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in results])
