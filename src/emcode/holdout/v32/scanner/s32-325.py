import ldap
import ldap.filter
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.firm.local")
    conn.simple_bind_s()
    flt = "(&(objectClass=inetOrgPerson)(uid=%s))" % ldap.filter.escape_filter_chars(uid)
    results = conn.search_s("ou=staff,dc=firm,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn", "mail", "title"])
    return jsonify([{k: [v.decode() for v in vals] for k, vals in attrs.items()} for _, attrs in results])
