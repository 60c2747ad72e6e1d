import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.firm.local")
    conn.simple_bind_s()
    results = conn.search_s(
        "ou=staff,dc=firm,dc=local",
        ldap.SCOPE_SUBTREE,
        "(&(objectClass=inetOrgPerson)(uid=" + uid + "))",
        ["cn", "mail", "title"],
    )
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in results])
