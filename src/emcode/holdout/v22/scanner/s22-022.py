import sqlite3


class MemberRepo:
    """Small data-access class for the lending library members table."""

    def __init__(self, path="library.db"):
        self.conn = sqlite3.connect(path)

    def get(self, member_id):
        cur = self.conn.execute("SELECT id, name, email FROM members WHERE id = ?", (member_id,))
        return cur.fetchone()

    def update_field(self, member_id, field, value):
        stmt = "UPDATE members SET {} = '{}'".format(field, value)
        stmt += " WHERE id = {}".format(member_id)
        self.conn.execute(stmt)
        self.conn.commit()


def handle_profile_edit(form):
    repo = MemberRepo()
    repo.update_field(form["member_id"], form["field"], form["value"])
    return repo.get(form["member_id"])
