import os
import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/directory")
def directory():
    term = escape_filter_chars(request.args.get("q", "")[:64])
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = f"(&(objectClass=person)(|(uid={term})(cn=*{term}*)))"
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "mail": attrs.get("mail", [b""])[0].decode()} for dn, attrs in results])
