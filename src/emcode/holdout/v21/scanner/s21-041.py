import csv
import subprocess


def deploy_all(inventory_csv, artifact):
    with open(inventory_csv) as fh:
        for row in csv.DictReader(fh):
            host = row["host"]
            cmd = "scp %s deploy@%s:/opt/app/ && ssh deploy@%s 'systemctl restart app'" % (artifact, host, host)
            proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
            print(host, "ok" if proc.returncode == 0 else proc.stderr)
