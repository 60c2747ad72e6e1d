import ssl

from flask import Flask, request
from ldap3 import Connection, Server, Tls
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldap.museum.internal", use_ssl=True, tls=Tls(validate=ssl.CERT_REQUIRED))


@app.get("/staff/email")
def staff_email():
    surname = escape_filter_chars(request.args.get("surname", ""))
    with Connection(server, auto_bind=True) as conn:
        conn.search("ou=staff,dc=museum,dc=internal", f"(sn={surname})", attributes=["mail"])
        return {"mail": [str(e.mail) for e in conn.entries]}
