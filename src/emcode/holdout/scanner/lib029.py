def update_profile(cursor, user_id: int, fields: dict) -> None:
    """Update the given profile fields for one user."""
    assignments = ", ".join(f"{col} = '{val}'" for col, val in fields.items())
    statement = "UPDATE profiles SET " + assignments
    statement += f" WHERE user_id = {user_id}"
    cursor.execute(statement)
