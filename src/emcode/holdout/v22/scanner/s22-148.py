import ldap
from ldap.filter import filter_format


def is_member(conn, username: str, group: str) -> bool:
    flt = filter_format("(&(cn=%s)(memberUid=%s))", [group, username])
    return bool(conn.search_s("ou=groups,dc=corp", ldap.SCOPE_SUBTREE, flt))
