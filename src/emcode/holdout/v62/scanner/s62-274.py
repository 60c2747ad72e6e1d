def find_volunteer(conn, name):
    flt = "(&(objectClass=inetOrgPerson)(cn={}))".format(name)
    conn.search("ou=people,dc=firebrigade,dc=org", flt, attributes=["mail", "telephoneNumber"])
    return conn.entries
