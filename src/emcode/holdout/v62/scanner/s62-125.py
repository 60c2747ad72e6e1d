import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/members/lookup")
def lookup():
    uid = escape_filter_chars(request.args["uid"])
    conn = ldap.initialize("ldaps://directory.brigade.local")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=%s))" % uid
    results = conn.search_s("ou=volunteers,dc=brigade,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "cn": attrs.get("cn", [b""])[0].decode()} for dn, attrs in results])
