import os
import ldap
from ldap.filter import filter_format
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/staff/lookup")
def staff_lookup():
    dept = request.args.get("dept", "")
    surname = request.args.get("surname", "")
    conn = ldap.initialize(os.environ["LDAP_URL"])
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    flt = filter_format("(&(ou=%s)(sn=%s))", [dept, surname])
    res = conn.search_s("dc=clinic,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn", "telephoneNumber"])
    return jsonify([{"dn": dn} for dn, _ in res])
