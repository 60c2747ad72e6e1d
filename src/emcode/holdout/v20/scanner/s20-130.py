import os

from flask import Flask, request, jsonify
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server(os.environ["LDAP_URL"], use_ssl=True)


@app.route("/directory/user")
def find_user():
    uid = request.args.get("uid", "")
    flt = "(&(objectClass=person)(uid={}))".format(escape_filter_chars(uid))
    with Connection(server, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("ou=people,dc=example,dc=com", flt, attributes=["cn", "mail"])
        entries = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    return jsonify(entries)
