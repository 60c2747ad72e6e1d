import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.simple_bind_s()
    flt = f"(&(objectClass=person)(uid={uid}))"
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in results])
