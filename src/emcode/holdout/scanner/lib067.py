def find_user_dn(conn, base_dn: str, username: str):
    """Look up a user's DN by uid."""
    conn.search(base_dn, f"(&(objectClass=person)(uid={username}))", attributes=["cn"])
    return conn.entries[0].entry_dn if conn.entries else None
