import sqlite3
from datetime import datetime, timezone


class CommentStore:
    def __init__(self, path="reviews.db"):
        self.db = sqlite3.connect(path)

    def add(self, repo, pr, path, line, body):
        self.db.execute("INSERT INTO comments VALUES (?, ?, ?, ?, ?, ?)",
                        (repo, pr, path, line, body, datetime.now(timezone.utc).isoformat()))
        self.db.commit()

    def for_pr(self, repo, pr):
        base = "SELECT path, line, body FROM comments"
        where = f" WHERE repo = '{repo}' AND pr = {pr}"
        return self.db.execute(base + where + " ORDER BY path, line").fetchall()
