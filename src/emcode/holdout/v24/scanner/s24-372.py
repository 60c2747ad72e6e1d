import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class ReviewComment:
    repo: str
    pr_number: int
    path: str
    line: int
    body: str


class CommentStore:
    def __init__(self, path: str = "reviews.db"):
        self.db = sqlite3.connect(path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS comments (repo TEXT, pr INTEGER, path TEXT, line INTEGER, body TEXT, at TEXT)"
        )

    def add(self, c: ReviewComment) -> None:
        self.db.execute(
            "INSERT INTO comments VALUES (:repo, :pr, :path, :line, :body, :at)",
            {"repo": c.repo, "pr": c.pr_number, "path": c.path, "line": c.line, "body": c.body,
             "at": datetime.now(timezone.utc).isoformat()},
        )
        self.db.commit()

    def for_pr(self, repo: str, pr_number: int) -> list[tuple]:
        cur = self.db.execute("SELECT path, line, body FROM comments WHERE repo = :repo AND pr = :pr ORDER BY path, line",
                              {"repo": repo, "pr": pr_number})
        return cur.fetchall()
