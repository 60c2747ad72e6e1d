import argparse
import sqlite3


def main():
    parser = argparse.ArgumentParser(description="List notes with given tags")
    parser.add_argument("tags", nargs="+")
    parser.add_argument("--db", default="notes.db")
    args = parser.parse_args()

    quoted = ", ".join("'%s'" % t for t in args.tags)
    query = "SELECT n.title FROM notes n JOIN tags t ON t.note_id = n.id"
    query += " WHERE t.name IN (%s)" % quoted

    conn = sqlite3.connect(args.db)
    for (title,) in conn.execute(query):
        print(title)
    conn.close()


if __name__ == "__main__":
    main()
