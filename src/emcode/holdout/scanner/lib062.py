ALLOWED_FIELDS = ("display_name", "bio", "location")


def update_profile(cursor, user_id: int, fields: dict) -> None:
    """Update the given profile fields for one user."""
    cols = [c for c in fields if c in ALLOWED_FIELDS]
    if not cols:
        return
    assignments = ", ".join(f"{c} = %s" for c in cols)
    statement = "UPDATE profiles SET " + assignments + " WHERE user_id = %s"
    cursor.execute(statement, [fields[c] for c in cols] + [user_id])
