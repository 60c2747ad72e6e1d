import sqlite3


class DeviceRepo:
    def __init__(self, path="hub.db"):
        self.con = sqlite3.connect(path)

    def update(self, device_id, changes):
        if not changes:
            return 0
        assignments = ", ".join(f"{c} = ?" for c in changes)
        sql = "UPDATE devices SET " + assignments
        sql += " WHERE id = ?"
        params = list(changes.values()) + [device_id]
        with self.con:
            return self.con.execute(sql, params).rowcount


if __name__ == "__main__":
    from flask import Flask, request
    app = Flask(__name__)
    repo = DeviceRepo()

    @app.patch("/devices/<device_id>")
    def patch_device(device_id):
        return {"updated": repo.update(device_id, request.get_json())}

    app.run()
