import os

import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, abort

app = Flask(__name__)
LDAP_URL = os.environ.get("LDAP_URL", "ldaps://ldap.claimsco.internal")


@app.route("/api/adjuster-lookup")
def adjuster_lookup():
    name = escape_filter_chars(request.args.get("name", ""))
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s(os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    results = conn.search_s("ou=adjusters,dc=claimsco,dc=internal", ldap.SCOPE_SUBTREE,
                            f"(|(cn=*{name}*)(mail={name}))", ["cn", "mail"])
    if not results:
        abort(404)
    return {"matches": [dn for dn, _ in results]}
