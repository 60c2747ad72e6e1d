import argparse
import sqlite3


def find_posts(conn, tags):
    marks = ", ".join("?" for _ in tags)
    query = "SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id"
    query = query + " WHERE t.tag IN (" + marks + ")"
    return conn.execute(query, list(tags)).fetchall()


def main():
    parser = argparse.ArgumentParser(description="List blog posts by tag")
    parser.add_argument("--db", default="blog.sqlite3")
    parser.add_argument("tags", nargs="+")
    args = parser.parse_args()
    conn = sqlite3.connect(args.db)
    for pid, title in find_posts(conn, args.tags):
        print(pid, title)


if __name__ == "__main__":
    main()
