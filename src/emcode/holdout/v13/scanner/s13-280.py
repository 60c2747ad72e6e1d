from ldap3.utils.conv import escape_filter_chars

def find_user_filter(username: str) -> str:
    return "(&(objectClass=user)(sAMAccountName={}))".format(escape_filter_chars(username))
