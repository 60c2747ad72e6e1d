import subprocess
import tempfile
import shutil


def dump_database(dbname, dest):
    tmp_path = tempfile.mktemp(suffix=".sql")
    with open(tmp_path, "w") as out:
        subprocess.run(["pg_dump", dbname], stdout=out, check=True)
    shutil.move(tmp_path, dest)
    return dest


if __name__ == "__main__":
    dump_database("inventory", "/backups/inventory.sql")
