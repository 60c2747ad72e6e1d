from flask import Flask, request, jsonify
from ldap3 import Server, Connection, ALL
from ldap3.utils.conv import escape_filter_chars
import os

app = Flask(__name__)
SERVER = Server(os.environ.get("LDAP_URL", "ldaps://ldap.school.example"), get_info=ALL, use_ssl=True)


@app.route("/directory/teacher")
def find_teacher():
    uid = request.args.get("uid", "")
    safe_uid = escape_filter_chars(uid)
    search_filter = f"(&(objectClass=person)(uid={safe_uid}))"
    with Connection(SERVER, os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"], auto_bind=True) as conn:
        conn.search("ou=teachers,dc=school,dc=example", search_filter, attributes=["cn", "mail"])
        found = [{"cn": str(e.cn), "mail": str(e.mail)} for e in conn.entries]
    return jsonify(found)
