import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/members/lookup")
def lookup():
    uid = request.args["uid"]
    conn = ldap.initialize("ldaps://directory.brigade.local")
    conn.simple_bind_s()
    results = conn.search_s(
        "ou=volunteers,dc=brigade,dc=local",
        ldap.SCOPE_SUBTREE,
        "(&(objectClass=person)(uid=" + uid + "))",
        ["cn", "mail"],
    )
    return jsonify([{"dn": dn, "cn": attrs.get("cn", [b""])[0].decode()} for dn, attrs in results])
