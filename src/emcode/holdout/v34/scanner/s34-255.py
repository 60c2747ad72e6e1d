import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.route("/directory")
def directory():
    dept = request.args.get("dept", "")
    con = ldap.initialize("ldaps://ldap.city.example")
    con.simple_bind_s()
    flt = "(department=%s)" % ldap.filter.escape_filter_chars(dept)
    res = con.search_s("dc=city,dc=example", ldap.SCOPE_SUBTREE, flt, ["cn"])
    return {"people": [attrs["cn"][0].decode() for _, attrs in res]}
