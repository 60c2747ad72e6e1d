def _escape(value: str) -> str:
    out = []
    for ch in value:
        if ch in "\\*()\x00":
            out.append("\\%02x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def user_filter(username: str) -> str:
    return "(&(objectClass=user)(sAMAccountName=" + _escape(username) + "))"
