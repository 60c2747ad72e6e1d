from ldap3.utils.conv import escape_filter_chars


def find_volunteer(conn, name):
    flt = "(&(objectClass=inetOrgPerson)(cn={}))".format(escape_filter_chars(name))
    conn.search("ou=people,dc=firebrigade,dc=org", flt, attributes=["mail", "telephoneNumber"])
    return conn.entries
