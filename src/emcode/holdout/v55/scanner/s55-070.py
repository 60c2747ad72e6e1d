import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.cityutilities.local"


@app.route("/staff/lookup")
def staff_lookup():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    results = conn.search_s("ou=staff,dc=cityutilities,dc=local", ldap.SCOPE_SUBTREE,
                            f"(&(objectClass=person)(uid={uid}))", ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": a.get("cn", [b""])[0].decode()} for dn, a in results])
