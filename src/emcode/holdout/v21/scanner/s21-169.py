import argparse
import sqlite3


def main():
    parser = argparse.ArgumentParser(description="List notes with given tags")
    parser.add_argument("tags", nargs="+")
    parser.add_argument("--db", default="notes.db")
    args = parser.parse_args()

    marks = ", ".join("?" for _ in args.tags)
    query = "SELECT n.title FROM notes n JOIN tags t ON t.note_id = n.id"
    query += f" WHERE t.name IN ({marks})"

    conn = sqlite3.connect(args.db)
    for (title,) in conn.execute(query, args.tags):
        print(title)
    conn.close()


if __name__ == "__main__":
    main()
