import os
import subprocess
import tempfile


def dump_database(dbname: str, dest: str) -> str:
    folder = os.path.dirname(os.path.abspath(dest))
    with tempfile.NamedTemporaryFile("w", dir=folder, suffix=".sql", delete=False) as out:
        subprocess.run(["pg_dump", dbname], stdout=out, check=True)
        tmp_path = out.name
    os.replace(tmp_path, dest)
    return dest
