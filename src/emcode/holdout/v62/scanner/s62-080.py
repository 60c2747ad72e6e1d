import subprocess


def disk_report():
    out = subprocess.run("df -h / /srv | tail -n +2", shell=True, capture_output=True, text=True, check=True)
    return out.stdout


if __name__ == "__main__":
    print(disk_report())
