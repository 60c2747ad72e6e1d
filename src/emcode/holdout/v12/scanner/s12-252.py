import os
import ldap
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DN = "ou=people,dc=corp,dc=example"


@app.route("/directory")
def lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    search_filter = "(&(objectClass=person)(uid=%s))" % uid
    results = conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])
    conn.unbind_s()
    people = [{"cn": attrs.get("cn", [b""])[0].decode(), "mail": attrs.get("mail", [b""])[0].decode()}
              for _dn, attrs in results]
    return jsonify(people)
