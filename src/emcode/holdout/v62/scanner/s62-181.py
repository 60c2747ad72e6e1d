from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.northvale-fire.org")


@app.route("/duty-officer", methods=["POST"])
def duty_officer():
    callsign = request.form["callsign"]
    conn = Connection(server, auto_bind=True)
    conn.search("dc=northvale-fire,dc=org", f"(&(callsign={callsign})(role=officer))", attributes=["cn"])
    return {"officers": [str(e.cn) for e in conn.entries]}
