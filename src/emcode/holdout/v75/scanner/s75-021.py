def find_member(conn, card_number):
    conn.search(
        "ou=members,dc=gym,dc=local",
        f"(employeeNumber={card_number})",
        attributes=["cn", "mail"],
    )
    return conn.entries
