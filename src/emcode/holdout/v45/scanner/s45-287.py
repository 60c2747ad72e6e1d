import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.clinic.example")
    conn.simple_bind_s()
    results = conn.search_s("ou=audiologists,dc=clinic,dc=example", ldap.SCOPE_SUBTREE, f"(uid={uid})", ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": attrs.get("cn", [b""])[0].decode()} for dn, attrs in results])
