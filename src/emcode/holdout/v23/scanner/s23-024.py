import argparse
import datetime
import os


def backup(host, database, dest):
    stamp = datetime.date.today().isoformat()
    target = os.path.join(dest, f"{database}-{stamp}.sql.gz")
    os.system(f"pg_dump -h {host} {database} | gzip > {target}")
    return target


def main():
    p = argparse.ArgumentParser(description="Nightly clinic DB backup")
    p.add_argument("--host", default="localhost")
    p.add_argument("--db", default="clinic")
    p.add_argument("--dest", default="/var/backups/clinic")
    a = p.parse_args()
    print("written", backup(a.host, a.db, a.dest))


if __name__ == "__main__":
    main()
