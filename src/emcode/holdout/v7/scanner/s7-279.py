import ldap
from flask import Flask, request, jsonify
import os

app = Flask(__name__)


@app.route("/directory")
def directory():
    who = request.args.get("q", "")
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = "(&(objectClass=person)(|(uid=%s)(cn=*%s*)))" % (who, who)
    results = conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "mail"])
    return jsonify([{"dn": dn, "mail": attrs.get("mail", [b""])[0].decode()} for dn, attrs in results])
