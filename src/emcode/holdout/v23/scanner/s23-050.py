from flask import Flask, request, jsonify
import ldap
import os

app = Flask(__name__)


@app.route("/directory/teacher")
def find_teacher():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(os.environ.get("LDAP_URL", "ldaps://ldap.school.example"))
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(uid=%s))" % uid
    results = conn.search_s("ou=teachers,dc=school,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([dn for dn, _ in results])
