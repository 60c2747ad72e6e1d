from ldap3.utils.conv import escape_filter_chars

def staff_filter(uid: str, department: str | None = None) -> str:
    parts = ["(objectClass=inetOrgPerson)", f"(uid={escape_filter_chars(uid)})"]
    if department:
        parts.append(f"(ou={escape_filter_chars(department)})")
    return "(&" + "".join(parts) + ")"
