from ldap3.utils.conv import escape_filter_chars


def member_filter(uid: str, mail: str) -> str:
    return "(|(uid={})(mail={}))".format(escape_filter_chars(uid), escape_filter_chars(mail))
