import ldap
from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/lookup")
def staff_lookup():
    uid = request.form["uid"]
    conn = ldap.initialize("ldap://ldap.clinic.local")
    conn.simple_bind_s("cn=reader,dc=clinic,dc=local", __import__("os").environ["LDAP_PW"])
    search_filter = "(&(objectClass=person)(uid=%s))" % uid
    results = conn.search_s("ou=staff,dc=clinic,dc=local", ldap.SCOPE_SUBTREE, search_filter, ["cn", "mail"])
    return {"matches": [dn for dn, _ in results]}
