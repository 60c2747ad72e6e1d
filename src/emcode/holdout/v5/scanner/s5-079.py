from ldap.filter import escape_filter_chars

def build_filter(email: str) -> str:
    return "(mail=%s)" % escape_filter_chars(email)
