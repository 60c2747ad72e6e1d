def find_agent(conn, email):
    conn.search(
        "ou=agents,dc=homes,dc=example",
        "(&(objectClass=inetOrgPerson)(mail={}))".format(email),
        attributes=["cn", "telephoneNumber"],
    )
    return conn.entries
