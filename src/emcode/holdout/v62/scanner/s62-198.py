from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
server = Server("ldaps://ldap.northvale-fire.org", use_ssl=True)


@app.route("/duty-officer", methods=["POST"])
def duty_officer():
    callsign = escape_filter_chars(request.form["callsign"])
    conn = Connection(server, auto_bind=True)
    conn.search("dc=northvale-fire,dc=org", f"(&(callsign={callsign})(role=officer))", attributes=["cn"])
    return {"officers": [str(e.cn) for e in conn.entries]}
