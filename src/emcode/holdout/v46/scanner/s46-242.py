import secrets
import sqlite3
import sys

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def invite_code(n=10):
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def main(emails):
    with sqlite3.connect("onboarding.db") as con:
        for email in emails:
            code = invite_code()
            con.execute("INSERT INTO invites(email, code) VALUES (?, ?)", (email, code))
            print(email, "->", code)


if __name__ == "__main__":
    main(sys.argv[1:])
