from ldap3 import Server, Connection
from fastapi import FastAPI

app = FastAPI()
server = Server("ldap.corp.local", use_ssl=True)


@app.get("/members")
def members(group: str):
    conn = Connection(server, auto_bind=True)
    conn.search("dc=corp,dc=local", f"(&(objectClass=groupOfNames)(cn={group}))", attributes=["member"])
    return {"members": [str(e.member) for e in conn.entries]}
