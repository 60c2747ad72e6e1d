import os
import ldap
import ldap.filter


def find_group_members(group_cn: str) -> list[str]:
    conn = ldap.initialize("ldaps://ldap.corp.example")
    conn.simple_bind_s("cn=reader,dc=corp", os.environ["LDAP_PW"])
    flt = ldap.filter.filter_format("(&(objectClass=groupOfNames)(cn=%s))", [group_cn])
    results = conn.search_s("ou=groups,dc=corp", ldap.SCOPE_SUBTREE, flt, ["member"])
    members: list[str] = []
    for _dn, attrs in results:
        members.extend(m.decode() for m in attrs.get("member", []))
    return members
