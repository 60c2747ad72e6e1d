from ldap3.utils.conv import escape_filter_chars


def students_in_class_filter(class_code):
    return "(&(objectClass=student)(classCode=%s))" % escape_filter_chars(class_code)


def list_students(conn, base_dn, class_code):
    conn.search(base_dn, students_in_class_filter(class_code), attributes=["cn"])
    return [e.cn.value for e in conn.entries]
