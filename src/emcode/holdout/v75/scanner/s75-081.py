from ldap3.utils.conv import escape_filter_chars


def find_member(conn, card_number):
    conn.search(
        "ou=members,dc=gym,dc=local",
        f"(employeeNumber={escape_filter_chars(card_number)})",
        attributes=["cn", "mail"],
    )
    return conn.entries
