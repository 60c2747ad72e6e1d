import json
import subprocess
import sys


def export_table(spec_path):
    with open(spec_path) as fh:
        spec = json.load(fh)
    table = spec["table"]
    out = spec.get("out", table + ".csv")
    cmd = f"psql -c \"\\copy {table} TO '{out}' CSV HEADER\" warehouse"
    subprocess.run(cmd, shell=True, check=True)
    return out


if __name__ == "__main__":
    print(export_table(sys.argv[1]))
