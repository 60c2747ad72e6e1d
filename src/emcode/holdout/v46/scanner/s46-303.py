import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/directory/interpreter")
def find_interpreter():
    uid = request.args.get("uid", "")
    conn = ldap.initialize("ldaps://ldap.interp-coop.example")
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid)
    res = conn.search_s("ou=people,dc=interp-coop,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([dn for dn, _ in res])
