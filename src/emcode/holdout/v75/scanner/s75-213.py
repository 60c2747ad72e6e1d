#!/usr/bin/env python3
import argparse
import sqlite3


def main():
    p = argparse.ArgumentParser(description="Extend a climbing membership")
    p.add_argument("email")
    p.add_argument("--days", type=int, default=30)
    a = p.parse_args()
    with sqlite3.connect("/srv/gym/members.sqlite") as con:
        cur = con.execute(
            "UPDATE memberships SET expires = date(expires, '+' || ? || ' days') WHERE email = ?",
            (a.days, a.email),
        )
    print(f"{cur.rowcount} membership(s) extended")


if __name__ == "__main__":
    main()
