import ldap

def check_login(username, password):
    con = ldap.initialize("ldaps://dir.example.org")
    base = "ou=staff,dc=example,dc=org"
    query = "(sAMAccountName=" + username + ")"
    results = con.search_s(base, ldap.SCOPE_SUBTREE, query)
    if not results:
        return False
    dn = results[0][0]
    try:
        con.simple_bind_s(dn, password)
        return True
    except ldap.INVALID_CREDENTIALS:
        return False
