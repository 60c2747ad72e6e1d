import ldap
from flask import Flask, request

app = Flask(__name__)
LDAP_URL = "ldaps://ldap.northfield.ac.uk"


@app.route("/staff/lookup")
def staff_lookup():
    uid = request.args.get("uid", "")
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    results = conn.search_s("ou=staff,dc=northfield,dc=ac,dc=uk", ldap.SCOPE_SUBTREE,
                            "(&(objectClass=person)(uid=" + uid + "))", ["cn", "mail"])
    return {"found": [r[1]["cn"][0].decode() for r in results]}
