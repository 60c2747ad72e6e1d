import ldap
from flask import Flask, request

app = Flask(__name__)
LDAP_URL = "ldap://ldap.corp.local"


@app.post("/login")
def login():
    user = request.form["username"]
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s("cn=reader,dc=corp,dc=local", open("/run/secrets/ldap_pw").read().strip())
    flt = "(&(objectClass=person)(uid=%s))" % user
    hits = conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return {"found": len(hits)}
