import sqlite3


class DeviceRepo:
    EDITABLE = ("name", "room", "firmware", "enabled")

    def __init__(self, path="hub.db"):
        self.con = sqlite3.connect(path)

    def update(self, device_id, changes):
        cols = [c for c in self.EDITABLE if c in changes]
        if not cols:
            return 0
        assignments = ", ".join(f"{c} = ?" for c in cols)
        sql = "UPDATE devices SET " + assignments
        sql += " WHERE id = ?"
        params = [changes[c] for c in cols] + [device_id]
        with self.con:
            return self.con.execute(sql, params).rowcount


if __name__ == "__main__":
    import json
    import sys
    repo = DeviceRepo()
    print(repo.update(sys.argv[1], json.loads(sys.argv[2])))
