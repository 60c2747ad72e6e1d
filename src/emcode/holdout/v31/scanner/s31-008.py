from ldap3.utils.conv import escape_filter_chars


def find_agent(conn, email):
    conn.search(
        "ou=agents,dc=homes,dc=example",
        "(&(objectClass=inetOrgPerson)(mail={}))".format(escape_filter_chars(email)),
        attributes=["cn", "telephoneNumber"],
    )
    return conn.entries
