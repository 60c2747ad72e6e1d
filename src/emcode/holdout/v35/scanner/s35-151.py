from flask import Flask, request
from ldap3 import Connection, Server

app = Flask(__name__)
server = Server("ldaps://ldap.trialsite.example.org")


@app.post("/staff/lookup")
def staff_lookup():
    mail = request.form["mail"]
    conn = Connection(server, auto_bind=True)
    conn.search("dc=trialsite,dc=example,dc=org", f"(mail={mail})", attributes=["cn", "telephoneNumber"])
    return {"found": [str(e.cn) for e in conn.entries]}
