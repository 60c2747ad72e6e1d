import sqlite3


class TalkRepository:
    def __init__(self, path="talks.db"):
        self.conn = sqlite3.connect(path)

    def search(self, keyword, track=None):
        clauses = ["title LIKE '%{}%'".format(keyword)]
        if track is not None:
            clauses.append("track_id = %d" % int(track))
        query = "SELECT id, title, speaker FROM talks WHERE " + " AND ".join(clauses)
        return self.conn.execute(query).fetchall()
