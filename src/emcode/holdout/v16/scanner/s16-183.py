import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.corp.local"


def reader_password() -> str:
    with open("/run/secrets/ldap_pw", encoding="utf-8") as fh:
        return fh.read().strip()


@app.post("/lookup")
def lookup():
    user = request.form["username"]
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s("cn=reader,dc=corp,dc=local", reader_password())
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(user)
    hits = conn.search_s("dc=corp,dc=local", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return {"found": len(hits)}
