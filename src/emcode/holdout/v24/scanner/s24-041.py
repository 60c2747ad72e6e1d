import sqlite3
from typing import Optional


class TalkRepository:
    def __init__(self, path: str = "talks.db"):
        self.conn = sqlite3.connect(path)

    def search(self, keyword: str, track: Optional[int] = None):
        clauses = ["title LIKE ?"]
        params: list = [f"%{keyword}%"]
        if track is not None:
            clauses.append("track_id = ?")
            params.append(int(track))
        query = "SELECT id, title, speaker FROM talks WHERE " + " AND ".join(clauses)
        return self.conn.execute(query, params).fetchall()
