from ldap.dn import escape_dn_chars
from ldap.filter import escape_filter_chars


def member_filter(username, group):
    group_dn = f"cn={escape_dn_chars(group)},ou=groups,dc=example,dc=org"
    return f"(&(uid={escape_filter_chars(username)})(memberOf={escape_filter_chars(group_dn)}))"
