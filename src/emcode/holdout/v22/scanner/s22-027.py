import sqlite3

EDITABLE = frozenset({"name", "email", "phone"})


class MemberRepo:
    """Data access for library members; only whitelisted columns may be edited."""

    def __init__(self, path="library.db"):
        self.conn = sqlite3.connect(path)

    def update_field(self, member_id: int, field: str, value: str) -> None:
        if field not in EDITABLE:
            raise ValueError(f"field {field!r} cannot be edited")
        stmt = "UPDATE members SET " + field + " = ?"
        stmt += " WHERE id = ?"
        self.conn.execute(stmt, (value, int(member_id)))
        self.conn.commit()
