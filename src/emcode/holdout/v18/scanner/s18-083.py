import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=com"


@app.route("/directory/lookup")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.example.com")
    conn.simple_bind_s()
    safe_uid = escape_filter_chars(uid)
    flt = f"(&(objectClass=person)(uid={safe_uid}))"
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in results])
